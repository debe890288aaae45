/**
 * Group and supergroup etiquette: answer only when addressed (mentioned, replied to, or
 * commanded), and keep personal data out of the group by sending a deep link that resumes the
 * topic in a private chat instead.
 */
import type { Message, MessageEntity } from 'grammy/types';
import type { AwaitingKind } from '../../dialogs/messages.js';
import type { TurnResult } from '../../dialogs/turn.js';

/** Awaited input kinds that are personal: asking for them in a group would invite a leak. */
const PERSONAL_KINDS: ReadonlySet<AwaitingKind> = new Set<AwaitingKind>(['nip', 'nik', 'email', 'photo']);

/** The bot as the policy needs to know it. */
export interface BotIdentity {
  id: number;
  username: string;
}

/** True for group and supergroup chats (channels never reach us as messages). */
export function isGroupChat(type: string | undefined): boolean {
  return type === 'group' || type === 'supergroup';
}

/** Whether a group message is meant for us: reply to us, @mention, or a command for us. */
export function isAddressedToBot(message: Message, bot: BotIdentity): boolean {
  if (message.reply_to_message?.from?.id === bot.id) return true;
  const text = message.text ?? message.caption ?? '';
  const entities: MessageEntity[] = message.entities ?? message.caption_entities ?? [];
  const handle = `@${bot.username}`.toLowerCase();
  for (const entity of entities) {
    const value = text.slice(entity.offset, entity.offset + entity.length).toLowerCase();
    if (entity.type === 'mention' && value === handle) return true;
    if (entity.type === 'text_mention' && entity.user.id === bot.id) return true;
    if (entity.type === 'bot_command' && entity.offset === 0) {
      const at = value.indexOf('@');
      // `/menu` alone is for every bot in the group; we take it, like `/menu@ourbot`.
      if (at < 0 || value.slice(at) === handle) return true;
    }
  }
  return false;
}

/** Removes our @mention from a text so the engine sees only the question. */
export function stripMention(text: string, username: string): string {
  const pattern = new RegExp(`@${username.replace(/[^A-Za-z0-9_]/g, '')}\\b`, 'gi');
  return text.replace(pattern, ' ').replace(/\s+/g, ' ').trim();
}

/** Whether the turn now waits for personal input (NIP, NIK, email, a screenshot). */
export function awaitsPersonalInput(result: TurnResult): boolean {
  return PERSONAL_KINDS.has(result.awaiting.kind);
}

/** Whether a turn must continue in private: it awaits personal input or carries personal output. */
export function needsPrivateChat(result: TurnResult): boolean {
  return awaitsPersonalInput(result) || result.outputs.some((o) => o.type === 'ticket' || o.personal);
}

/** `https://t.me/<bot>?start=t_<topic>`: opens the private chat and resumes the topic there. */
export function deepLink(username: string, topic?: string): string {
  const payload = topic && /^[a-z0-9-]{1,60}$/.test(topic) ? `?start=t_${topic}` : '?start';
  return `https://t.me/${username}${payload}`;
}
