/**
 * Telegram message → what to do with it: a channel-neutral {@link Inbound} for the engine, a
 * reply the adapter gives itself (wrong file type, too large, unsupported content), or nothing.
 * Files are passed on by `file_id` only: we never call `getFile`, whose URL embeds the bot token.
 */
import type { Message, PhotoSize } from 'grammy/types';
import { TopicId } from '../../dialogs/graph.js';
import type { CommandName, FileRef, Inbound } from '../../dialogs/messages.js';
import type { TextKey } from './texts.js';

/** Screenshots above this size are refused with a clear message (bytes). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** The adapter's decision for one message. */
export type InboundDecision =
  | { kind: 'turn'; input: Inbound }
  | { kind: 'reply'; text: TextKey }
  | { kind: 'ignore' };

// A Map: "/constructor" must not find Object.prototype's members.
const COMMANDS: ReadonlyMap<string, CommandName> = new Map(Object.entries({
  start: 'start', menu: 'menu', help: 'help', cancel: 'cancel', back: 'back', restart: 'restart',
  mulai: 'start', bantuan: 'help', batal: 'cancel', kembali: 'back', ulang: 'restart',
} satisfies Record<string, CommandName>));

/** Parses `/name[@bot] [args]`; undefined when the text is not a slash command. */
export function parseCommand(text: string): { name: string; bot?: string; args: string } | undefined {
  const match = /^\/([a-z0-9_]+)(?:@([a-z0-9_]+))?(?:\s+([\s\S]*))?$/i.exec(text.trim());
  if (!match) return undefined;
  return { name: (match[1] ?? '').toLowerCase(), ...(match[2] ? { bot: match[2] } : {}), args: (match[3] ?? '').trim() };
}

/** Classifies a message; `botUsername` tells our commands from other bots'. */
export function decideInbound(message: Message, botUsername: string, maxFileBytes = MAX_FILE_BYTES): InboundDecision {
  if (message.text !== undefined) return decideText(message.text, botUsername);
  if (message.photo && message.photo.length > 0) {
    const photo = largest(message.photo);
    if ((photo.file_size ?? 0) > maxFileBytes) return { kind: 'reply', text: 'fileTooLarge' };
    const file: FileRef = { ref: photo.file_id, mime: 'image/jpeg', ...(photo.file_size ? { size: photo.file_size } : {}) };
    return { kind: 'turn', input: { type: 'photo', file } };
  }
  if (message.document) {
    const doc = message.document;
    const mime = doc.mime_type?.toLowerCase();
    if (!mime?.startsWith('image/')) return { kind: 'reply', text: 'fileNotImage' };
    if ((doc.file_size ?? 0) > maxFileBytes) return { kind: 'reply', text: 'fileTooLarge' };
    const file: FileRef = {
      ref: doc.file_id,
      mime,
      ...(doc.file_size ? { size: doc.file_size } : {}),
      ...(doc.file_name ? { name: doc.file_name } : {}),
    };
    return { kind: 'turn', input: { type: 'document', file } };
  }
  // Service messages (members joining, pins, ...) are not addressed to us.
  if (isServiceMessage(message)) return { kind: 'ignore' };
  return { kind: 'reply', text: 'unsupported' };
}

function decideText(text: string, botUsername: string): InboundDecision {
  const command = parseCommand(text);
  if (command) {
    if (command.bot && command.bot.toLowerCase() !== botUsername.toLowerCase()) return { kind: 'ignore' };
    const name = COMMANDS.get(command.name);
    const resumed = name === 'start' ? resumedTopic(command.args) : undefined;
    // A deep link from a group (`/start t_<topic>`) resumes that topic here, like its menu button.
    if (resumed) return { kind: 'turn', input: { type: 'button', id: `topic:${resumed}` } };
    if (name) return { kind: 'turn', input: { type: 'command', command: name, ...(command.args ? { args: command.args } : {}) } };
  }
  return { kind: 'turn', input: { type: 'text', text } };
}

/** The topic a `/start` payload `t_<topic>` names, if it is a real topic id. */
export function resumedTopic(payload: string): TopicId | undefined {
  const match = /^t_([a-z-]+)$/.exec(payload);
  const topic = TopicId.safeParse(match?.[1]);
  return topic.success ? topic.data : undefined;
}

/** Telegram lists photo sizes smallest first; pick by pixels anyway, to be safe. */
function largest(sizes: PhotoSize[]): PhotoSize {
  return sizes.reduce((best, size) => (size.width * size.height >= best.width * best.height ? size : best));
}

function isServiceMessage(message: Message): boolean {
  const m = message as unknown as Record<string, unknown>;
  return ['new_chat_members', 'left_chat_member', 'new_chat_title', 'new_chat_photo', 'pinned_message',
    'group_chat_created', 'supergroup_chat_created', 'migrate_to_chat_id', 'migrate_from_chat_id',
    'delete_chat_photo', 'message_auto_delete_timer_changed'].some((key) => key in m);
}
