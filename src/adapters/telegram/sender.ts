/**
 * Sends rendered messages to a chat, in order. If Telegram refuses our HTML (it should not, the
 * renderer escapes everything, but a flow text could still surprise us) the message is sent again
 * as plain text rather than lost.
 */
import { GrammyError, type Api } from 'grammy';
import type { ReplyParameters } from 'grammy/types';
import type { TelegramMessage } from './render.js';

/** Sends `messages` to `chatId` one after another; the first may reply to a message (groups). */
export async function sendMessages(
  api: Api,
  chatId: number | string,
  messages: readonly TelegramMessage[],
  replyTo?: number,
): Promise<void> {
  for (const [index, message] of messages.entries()) {
    const reply: ReplyParameters | undefined =
      index === 0 && replyTo !== undefined ? { message_id: replyTo, allow_sending_without_reply: true } : undefined;
    const extra = {
      link_preview_options: { is_disabled: true },
      ...(message.keyboard ? { reply_markup: message.keyboard } : {}),
      ...(reply ? { reply_parameters: reply } : {}),
    };
    try {
      await api.sendMessage(chatId, message.html, { ...extra, parse_mode: 'HTML' });
    } catch (error) {
      if (!(error instanceof GrammyError && error.error_code === 400 && /parse|entit|tag/i.test(error.description))) throw error;
      await api.sendMessage(chatId, htmlToPlain(message.html), extra);
    }
  }
}

/** Drops tags and unescapes the entities our renderer produces. */
export function htmlToPlain(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
