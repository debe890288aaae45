/**
 * Engine buttons → a Telegram inline keyboard. Buttons with a URL become link buttons (they open
 * the page and never come back to us); the rest carry versioned callback data.
 */
import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import type { Button } from '../../dialogs/messages.js';
import type { CallbackCodec } from './callback-data.js';

/** Labels this short sit two to a row; longer ones get a row of their own (phones are narrow). */
const SHORT_LABEL = 18;

/** Builds the inline keyboard for `buttons`, or undefined when there are none. */
export function inlineKeyboard(buttons: readonly Button[], codec: CallbackCodec): InlineKeyboardMarkup | undefined {
  if (buttons.length === 0) return undefined;
  const rows: InlineKeyboardButton[][] = [];
  let pending: InlineKeyboardButton | undefined;
  for (const button of buttons) {
    const key = toKey(button, codec);
    const short = button.label.length <= SHORT_LABEL;
    if (pending && short) {
      rows.push([pending, key]);
      pending = undefined;
    } else {
      if (pending) rows.push([pending]);
      pending = undefined;
      if (short) pending = key;
      else rows.push([key]);
    }
  }
  if (pending) rows.push([pending]);
  return { inline_keyboard: rows };
}

function toKey(button: Button, codec: CallbackCodec): InlineKeyboardButton {
  const label = button.label.trim() || button.id;
  if (button.url && /^(https?|tg):\/\//.test(button.url)) return { text: label, url: button.url };
  return { text: label, callback_data: codec.encode(button.id) };
}

/** A single link button (deep links into the private chat). */
export function linkKeyboard(label: string, url: string): InlineKeyboardMarkup {
  return { inline_keyboard: [[{ text: label, url }]] };
}
