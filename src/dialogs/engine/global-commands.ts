/**
 * The commands that work at any point of a conversation, typed as words ("batal", "menu"),
 * slash commands ("/start") or sent by adapters as `command` inbound events.
 */
import type { CommandName } from '../messages.js';
import { words } from '../input/hygiene.js';

// Maps, not plain objects: a user's "constructor" must not find Object.prototype's members.
const TYPED: ReadonlyMap<string, CommandName> = new Map(Object.entries({
  start: 'start', mulai: 'start',
  menu: 'menu', 'menu utama': 'menu', 'main menu': 'menu', 'lihat menu': 'menu',
  batal: 'cancel', batalkan: 'cancel', cancel: 'cancel', stop: 'cancel', berhenti: 'cancel',
  kembali: 'back', back: 'back', balik: 'back', sebelumnya: 'back',
  bantuan: 'help', help: 'help', tolong: 'help', '?': 'help',
  ulang: 'restart', 'mulai ulang': 'restart', 'ulang dari awal': 'restart', restart: 'restart',
} satisfies Record<string, CommandName>));

const SLASH = /^\/(start|menu|help|cancel|back|restart|batal|bantuan|kembali|ulang)(?:@\w+)?$/i;
const SLASH_ALIASES: ReadonlyMap<string, CommandName> = new Map([['batal', 'cancel'], ['bantuan', 'help'], ['kembali', 'back'], ['ulang', 'restart']]);

/**
 * The global command `text` is, or undefined. Only a whole message counts, so "batal
 * perpanjang sertifikat" is a question, not a command.
 */
export function commandOf(text: string): CommandName | undefined {
  const trimmed = text.trim();
  const slash = SLASH.exec(trimmed);
  if (slash) {
    const name = (slash[1] ?? '').toLowerCase();
    return SLASH_ALIASES.get(name) ?? (name as CommandName);
  }
  if (trimmed === '?') return 'help';
  return TYPED.get(words(trimmed).join(' '));
}

/** Button ids the engine treats as global (valid in any state and any graph version). */
export function commandOfButton(id: string): CommandName | undefined {
  if (id === 'menu') return 'menu';
  const m = /^cmd:(start|menu|help|cancel|back|restart)$/.exec(id);
  return m ? (m[1] as CommandName) : undefined;
}
