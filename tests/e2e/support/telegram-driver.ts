/**
 * Drives the bot like a Telegram user over either transport (getUpdates or the webhook), reading
 * only what the strict fake recorded: the bot's messages and their inline keyboards.
 */
import { postWhenUp } from './main-process.js';
import type { StrictBotApi } from './strict-bot-api.js';
import { pressOn, textMessage } from './telegram-updates.js';

type Json = Record<string, any>;

/** How updates reach the bot. */
export interface Transport { deliver(update: Json): Promise<void> }

/** Polling: the update waits in getUpdates. */
export const polling = (api: StrictBotApi): Transport => ({ async deliver(update) { api.push(update); } });

/** Webhook: POSTed with the secret, as Telegram does; the bot must answer 200. */
export function webhook(api: StrictBotApi, url: string, secret: string, logs: string[]): Transport {
  return {
    async deliver(update) {
      const full = api.expect({ update_id: Math.floor(Math.random() * 1e9), ...update });
      const res = await postWhenUp(url, {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret }, body: JSON.stringify(full),
      }, logs);
      if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
    },
  };
}

/** The callback buttons of a message (text, data). */
export const callbackButtons = (m: Json | undefined): Array<{ text: string; callback_data: string }> =>
  (m?.reply_markup?.inline_keyboard ?? []).flat().filter((b: Json) => b.callback_data !== undefined);

/** One user in one chat. */
export class TelegramUser {
  constructor(private readonly api: StrictBotApi, private readonly transport: Transport, readonly chat: number, readonly from: Json) {}

  /** Sends an update and waits for the bot's whole answer; returns the messages it sent. */
  async send(update: Json): Promise<Json[]> {
    const before = this.api.sendCount(this.chat);
    const ids = new Set(this.api.sentTo(this.chat).map((m) => m.message_id));
    await this.transport.deliver(update);
    await this.api.settled(this.chat, before);
    return this.api.sentTo(this.chat).filter((m) => !ids.has(m.message_id));
  }

  say(text: string): Promise<Json[]> { return this.send(textMessage(this.chat, text, this.from)); }

  /** Presses the button labelled `label` (or the data given) on the newest message that has it. */
  async press(label: string | { data: string; on: Json }): Promise<Json[]> {
    const target = typeof label === 'string' ? this.find(label) : { message: label.on, data: label.data };
    if (!target) throw new Error(`no button "${String(label)}" in chat ${this.chat}: ${JSON.stringify(this.api.textsTo(this.chat).slice(-3))}`);
    return this.send(pressOn(this.api.messages.get(`${this.chat}:${target.message.message_id}`) ?? target.message, target.data, this.from));
  }

  /** The newest message of the chat carrying a button `label`. */
  find(label: string): { message: Json; data: string } | undefined {
    for (const m of [...this.api.sentTo(this.chat)].reverse()) {
      const b = callbackButtons(m).find((x) => x.text === label || x.text.startsWith(label));
      if (b) return { message: m, data: b.callback_data };
    }
    return undefined;
  }
}
