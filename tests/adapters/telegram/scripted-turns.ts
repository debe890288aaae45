/**
 * A small scripted TurnHandler for adapter tests: a real function with a little state, returning
 * the kinds of outputs the engine produces (menus, prompts, personal echoes, long answers) and
 * recording every call, so tests can check what the adapter handed over.
 */
import type { Inbound, InboundMeta, Outbound } from '../../../src/dialogs/messages.js';
import type { TurnHandler, TurnResult } from '../../../src/dialogs/turn.js';

export const GRAPH_VERSION = 'abc123def456';
export const LONG_PARAGRAPH = 'Langkah pemulihan akun AMS BSSN dengan <aman> & benar. '.repeat(10).trim();
/** About 5,000 characters in paragraphs. */
export const LONG_ANSWER = Array.from({ length: 9 }, (_, i) => `**Bagian ${i + 1}** ${LONG_PARAGRAPH}`).join('\n\n');
export const LONG_BUTTON_ID = `topic:${'sangat-panjang-'.repeat(6)}end`;

export interface RecordedTurn {
  key: string;
  input: Inbound;
  meta: InboundMeta;
}

const menu = (text: string): Outbound => ({
  type: 'text',
  text,
  personal: false,
  topic: 'greeting',
  buttons: [
    { id: 'topic:login', label: 'Login AMS' },
    { id: 'topic:ticket', label: 'Buat tiket ke helpdesk' },
    { id: LONG_BUTTON_ID, label: 'Panjang' },
    { id: 'link:portal', label: 'Portal BSSN', url: 'https://tte.kominfo.go.id' },
  ],
});

const result = (outputs: Outbound[], kind: TurnResult['awaiting']['kind'] = 'free', slot?: string): TurnResult => ({
  outputs,
  awaiting: slot ? { kind, slot } : { kind },
  effects: [],
});

/** Creates a scripted handler; `delayMs` slows each turn (ordering and shutdown tests). */
export function scriptedTurns(options: { delayMs?: (input: Inbound) => number; gate?: (input: Inbound) => Promise<void> | undefined } = {}): TurnHandler & { calls: RecordedTurn[] } {
  const calls: RecordedTurn[] = [];
  const handler = async (key: string, input: Inbound, meta: InboundMeta): Promise<TurnResult> => {
    calls.push({ key, input, meta });
    const delay = options.delayMs?.(input) ?? 0;
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    await options.gate?.(input);
    switch (input.type) {
      case 'command':
        return result([menu(`**Halo!** Pilih topik${input.args ? ` (${input.args})` : ''}.`)]);
      case 'button':
        if (input.id === 'topic:ticket' && input.graphVersion === undefined) return result([{ type: 'text', text: 'Ketik **NIP** Anda (18 digit).', buttons: [], personal: false, topic: 'ticket' }], 'nip', 'nip');
        if (input.graphVersion !== GRAPH_VERSION) return result([menu('Tombol itu sudah kedaluwarsa. Silakan pilih dari menu terbaru.')], 'choice');
        if (input.id === 'topic:ticket') return result([{ type: 'text', text: 'Ketik **NIP** Anda (18 digit).', buttons: [], personal: false, topic: 'ticket' }], 'nip', 'nip');
        if (input.id === 'topic:login') return result([{ type: 'text', text: 'Buka [portal AMS](https://portal-bsre.bssn.go.id) & login.', buttons: [{ id: 'opt:ok', label: 'Berhasil' }], personal: false, topic: 'login' }], 'choice');
        return result([menu(`Tombol ${input.id}`)], 'choice');
      case 'photo':
      case 'document':
        return result([{ type: 'text', text: `Tangkapan layar diterima: ${input.file.ref}`, buttons: [], personal: false, topic: 'ticket' }], 'photo', 'capture');
      case 'text': {
        if (input.text === 'boom') throw new Error('store down at redis://user:pw@host');
        if (input.text === 'long') return result([{ type: 'text', text: LONG_ANSWER, buttons: [{ id: 'menu', label: 'Menu' }], personal: false, topic: 'login' }]);
        if (/^\d{18}$/.test(input.text)) {
          return result(
            [
              { type: 'text', text: `NIP ${input.text} tercatat.`, buttons: [], personal: true, topic: 'ticket' },
              { type: 'text', text: 'Kirim tangkapan layar profil AMS.', buttons: [], personal: false, topic: 'ticket' },
            ],
            'photo',
            'capture',
          );
        }
        return result([{ type: 'text', text: `Anda menulis: ${input.text}`, buttons: [], personal: false, topic: 'unknown' }]);
      }
    }
  };
  return Object.assign(handler, { calls });
}
