/**
 * One Telegram user talking to the replicas through their webhooks, as Telegram delivers:
 * updates POSTed with the secret header, a chosen replica per update (or several at once, for
 * duplicate deliveries). Each turn's replies are read from the strict fake, so the suite can
 * count lost turns (no reply at all) and duplicate replies.
 */
import type { StrictBotApi } from '../../e2e/support/strict-bot-api.js';
import { person, textMessage } from '../../e2e/support/telegram-updates.js';
import { WEBHOOK_SECRET } from './secrets.js';

type Json = Record<string, any>;
let nextUpdateId = 1_000_000 + Math.floor(Math.random() * 1_000_000_000);

/** What became of one delivery attempt. */
export type Delivery = number | 'refused';

/** POSTs `update` to a webhook URL; 'refused' when nothing listens (a stopped replica). */
export async function deliver(url: string, update: Json): Promise<Delivery> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': WEBHOOK_SECRET, connection: 'close' },
      body: JSON.stringify(update),
    });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 'refused';
  }
}

/** Tallies of a conversation: turns without any reply, replies beyond the expected count. */
export interface Tally {
  turns: number;
  lost: number;
  duplicates: number;
}

export class TelegramChat {
  readonly tally: Tally = { turns: 0, lost: 0, duplicates: 0 };
  readonly from: Json;
  constructor(private readonly api: StrictBotApi, readonly chat: number, language = 'id') {
    this.from = person(chat, language);
  }

  /** A text update with a fresh update_id (registered with the fake). */
  update(text: string): Json {
    return this.api.expect({ update_id: nextUpdateId++, ...textMessage(this.chat, text, this.from) });
  }

  /** Texts the bot sent to this chat so far. */
  texts(): string[] {
    return this.api.textsTo(this.chat);
  }

  /**
   * Sends `text` to `urls` (the same update to each: a duplicate delivery when several) and waits
   * for the answer: `expected` messages (1 by default), then a quiet moment in which any extra
   * message counts as a duplicate. Returns the new texts.
   */
  async say(urls: string | string[], text: string, expected = 1, quietMs = 300): Promise<string[]> {
    const before = this.api.sendCount(this.chat);
    const update = this.update(text);
    const statuses = await Promise.all([urls].flat().map((url) => deliver(url, update)));
    if (!statuses.includes(200)) throw new Error(`no replica accepted the update: ${JSON.stringify(statuses)}`);
    return this.collect(before, expected, quietMs);
  }

  /** Waits for `expected` new messages after `before`, then `quietMs` more; tallies the turn. */
  async collect(before: number, expected = 1, quietMs = 300, ms = 12_000): Promise<string[]> {
    this.tally.turns += 1;
    const deadline = Date.now() + ms;
    while (this.api.sendCount(this.chat) - before < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, quietMs));
    const got = this.api.sendCount(this.chat) - before;
    if (got === 0) this.tally.lost += 1;
    if (got > expected) this.tally.duplicates += got - expected;
    return this.texts().slice(-got || this.texts().length);
  }
}
