/** A turn as Telegram shows it: HTML bubbles with the inline keyboard under the last one. */
import type { ChatReply, TelegramKey } from '../protocol.js';
import { el, safeHtml } from './dom.js';

/** What a press of a key does. */
export type PressHandler = (data: string, label: string) => void;

function key(k: TelegramKey, press: PressHandler): HTMLElement {
  if (k.url) return el('a', { class: 'tg-key tg-link', href: k.url, target: '_blank', rel: 'noopener noreferrer', text: `${k.text} ↗` });
  const button = el('button', { class: 'tg-key', type: 'button', text: k.text, 'data-callback': k.callback_data ?? '' });
  button.addEventListener('click', () => press(k.callback_data ?? '', k.text));
  return button;
}

/** The bot's messages of one turn, Telegram style. */
export function telegramTurn(reply: ChatReply, press: PressHandler): HTMLElement {
  const turn = el('div', { class: 'turn bot tg' });
  for (const message of reply.telegram) {
    const bubble = el('div', { class: 'bubble tg-bubble' });
    bubble.append(safeHtml(message.html.replace(/\n/g, '<br>')));
    turn.append(bubble);
    if (message.keyboard) {
      const keyboard = el('div', { class: 'tg-keyboard' });
      for (const row of message.keyboard) keyboard.append(el('div', { class: 'tg-row' }, ...row.map((k) => key(k, press))));
      turn.append(keyboard);
    }
  }
  return turn;
}
