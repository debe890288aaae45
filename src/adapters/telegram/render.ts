/**
 * Engine outputs → the Telegram messages to send: HTML text split at Telegram's limit, with the
 * inline keyboard on the last part (so the buttons sit under the whole answer).
 */
import type { InlineKeyboardMarkup } from 'grammy/types';
import type { Outbound, OutText } from '../../dialogs/messages.js';
import type { TicketDraft } from '../../dialogs/tickets/index.js';
import type { CallbackCodec } from './callback-data.js';
import { escapeHtml, markupToHtml } from './html.js';
import { inlineKeyboard } from './keyboard.js';
import { splitHtml } from './split-html.js';
import { text, type TelegramLocale } from './texts.js';

/** One Telegram message ready for `sendMessage` with `parse_mode: 'HTML'`. */
export interface TelegramMessage {
  html: string;
  keyboard?: InlineKeyboardMarkup;
  /** Contains personal data: never posted in a group. */
  personal: boolean;
}

/** Renders one text output; long texts become several messages. */
export function renderText(output: OutText, codec: CallbackCodec): TelegramMessage[] {
  const parts = splitHtml(markupToHtml(output.text));
  if (parts.length === 0) parts.push('…'); // Telegram rejects empty texts; keep the buttons.
  const keyboard = inlineKeyboard(output.buttons ?? [], codec);
  return parts.map((html, index) => ({
    html,
    personal: output.personal ?? false,
    ...(keyboard && index === parts.length - 1 ? { keyboard } : {}),
  }));
}

/** A short card for a ticket draft update (the engine's own text explains what happens next). */
export function renderTicket(ticket: TicketDraft, locale: TelegramLocale): TelegramMessage {
  const lines = [
    `🎫 <b>${escapeHtml(text('ticketReceived', locale))} ${escapeHtml(ticket.id)}</b> (${escapeHtml(ticket.status)})`,
    escapeHtml(ticket.summary),
  ];
  if (ticket.attachments.length > 0) lines.push(`📎 ${ticket.attachments.length}`);
  return { html: lines.filter(Boolean).join('\n'), personal: true };
}

/** Renders all outputs of a turn, in order. */
export function renderOutputs(outputs: readonly Outbound[], codec: CallbackCodec, locale: TelegramLocale): TelegramMessage[] {
  return outputs.flatMap((output) => {
    if (output.type === 'text') return renderText(output, codec);
    // While captures are still being collected the engine's own texts say enough.
    return output.ticket.status === 'collecting' ? [] : [renderTicket(output.ticket, locale)];
  });
}
