/**
 * A local fake of the Telegram Bot API over real HTTP (node:http on 127.0.0.1:0), for driving a
 * grammY bot through `apiRoot`. It implements the methods the adapter uses, long-polls
 * `getUpdates` with offset semantics, records every call, and can be told to fail a method once
 * (e.g. 429 with `retry_after`). `getFile` is answered with an error and recorded: the adapter
 * must never call it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One recorded API call. */
export interface ApiCall {
  method: string;
  payload: Record<string, any>;
  at: number;
}

/** A failure to answer instead of the real result. */
export interface InjectedFailure {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number };
}

export const FAKE_TOKEN = '123456:TEST-token-abcdefghijklmnopqrstuvwxyz';
export const FAKE_BOT = {
  id: 123456,
  is_bot: true as const,
  first_name: 'DS Helpdesk',
  username: 'ds_helpdesk_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

export class FakeTelegramApi {
  readonly calls: ApiCall[] = [];
  private readonly updates: Record<string, any>[] = [];
  private readonly failures = new Map<string, InjectedFailure[]>();
  private readonly waiters = new Set<() => void>();
  private nextUpdateId = 1000;
  private nextMessageId = 5000;

  private constructor(private readonly server: Server, readonly apiRoot: string, private readonly maxPollMs: number) {}

  /** Starts the fake on a free loopback port. `maxPollMs` caps getUpdates' long poll. */
  static async start(maxPollMs = 250): Promise<FakeTelegramApi> {
    let fake: FakeTelegramApi | undefined;
    const server = createServer((req, res) => void fake?.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    fake = new FakeTelegramApi(server, `http://127.0.0.1:${port}`, maxPollMs);
    return fake;
  }

  /** Queues an update for getUpdates; assigns an update_id unless given. Returns it. */
  push(update: Record<string, any>): Record<string, any> {
    const full = { update_id: update.update_id ?? this.nextUpdateId++, ...update };
    this.updates.push(full);
    this.wake();
    return full;
  }

  /** Makes the next call(s) of `method` fail with `failure`. */
  failNext(method: string, failure: InjectedFailure, times = 1): void {
    const list = this.failures.get(method) ?? [];
    for (let i = 0; i < times; i++) list.push(failure);
    this.failures.set(method, list);
  }

  /** Recorded calls of one method. */
  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Texts sent with sendMessage, optionally to one chat. */
  sentTexts(chatId?: number): string[] {
    return this.callsOf('sendMessage')
      .filter((c) => chatId === undefined || Number(c.payload.chat_id) === chatId)
      .map((c) => String(c.payload.text));
  }

  /** Waits until `predicate` holds (checked on every call and every 20 ms). */
  async waitFor(predicate: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; calls: ${this.calls.map((c) => c.method).join(', ')}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async close(): Promise<void> {
    this.wake();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
    const body = await readBody(req);
    if (!match) return send(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    if (match[1] !== FAKE_TOKEN) return send(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const method = match[2] ?? '';
    const payload = body ? (JSON.parse(body) as Record<string, any>) : {};
    this.calls.push({ method, payload, at: Date.now() });
    const failure = this.failures.get(method)?.shift();
    if (failure) return send(res, failure.error_code, { ok: false, ...failure });
    if (method === 'getUpdates') return send(res, 200, { ok: true, result: await this.getUpdates(payload, req) });
    const result = this.answer(method, payload);
    if (result === undefined) return send(res, 404, { ok: false, error_code: 404, description: `Not Found: method ${method} not found` });
    if (result instanceof Error) return send(res, 400, { ok: false, error_code: 400, description: result.message });
    send(res, 200, { ok: true, result });
  }

  private async getUpdates(payload: Record<string, any>, req: IncomingMessage): Promise<Record<string, any>[]> {
    const offset = Number(payload.offset ?? 0);
    // Offset confirms everything before it: forget those updates for good.
    while (this.updates.length > 0 && (this.updates[0]?.update_id ?? 0) < offset) this.updates.shift();
    const ready = () => this.updates.filter((u) => u.update_id >= offset);
    if (ready().length === 0) {
      const waitMs = Math.min(Number(payload.timeout ?? 0) * 1000, this.maxPollMs);
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, waitMs);
        this.waiters.add(done);
        req.once('close', done);
      });
    }
    return ready().slice(0, Number(payload.limit ?? 100));
  }

  private answer(method: string, p: Record<string, any>): unknown {
    switch (method) {
      case 'getMe':
        return FAKE_BOT;
      case 'sendMessage':
      case 'sendPhoto':
        return {
          message_id: this.nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat: { id: Number(p.chat_id), type: Number(p.chat_id) < 0 ? 'supergroup' : 'private' },
          from: FAKE_BOT,
          ...(p.text !== undefined ? { text: p.text } : { photo: [] }),
          ...(p.reply_markup ? { reply_markup: p.reply_markup } : {}),
        };
      case 'editMessageReplyMarkup':
      case 'editMessageText':
        return { message_id: Number(p.message_id), date: 0, chat: { id: Number(p.chat_id), type: 'private' }, text: p.text ?? '' };
      case 'answerCallbackQuery':
      case 'setMyCommands':
      case 'setWebhook':
      case 'deleteWebhook':
        return true;
      case 'getFile':
        return new Error('Bad Request: getFile must not be called by ds-helpdesk');
      default:
        return undefined;
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

let nextUserMessageId = 1;

/** A private or group text message update from a user. */
export function textUpdate(text: string, opts: { chatId?: number; fromId?: number; chatType?: string; languageCode?: string; entities?: any[]; replyToBot?: boolean } = {}): Record<string, any> {
  const fromId = opts.fromId ?? 42;
  const chatId = opts.chatId ?? fromId;
  const entities = opts.entities ?? (text.startsWith('/') ? [{ type: 'bot_command', offset: 0, length: text.split(/\s/)[0]!.length }] : undefined);
  return {
    message: {
      message_id: nextUserMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: opts.chatType ?? (chatId < 0 ? 'supergroup' : 'private'), ...(chatId < 0 ? { title: 'Grup' } : { first_name: 'Budi' }) },
      from: { id: fromId, is_bot: false, first_name: 'Budi', language_code: opts.languageCode ?? 'id' },
      text,
      ...(entities ? { entities } : {}),
      ...(opts.replyToBot ? { reply_to_message: { message_id: 1, date: 0, chat: { id: chatId, type: 'supergroup' }, from: FAKE_BOT, text: 'earlier' } } : {}),
    },
  };
}

/** A button press on a bot message carrying an inline keyboard. */
export function pressUpdate(data: string, opts: { chatId?: number; fromId?: number; messageId?: number; languageCode?: string } = {}): Record<string, any> {
  const fromId = opts.fromId ?? 42;
  const chatId = opts.chatId ?? fromId;
  return {
    callback_query: {
      id: `cq-${Math.random().toString(36).slice(2)}`,
      chat_instance: 'ci-1',
      from: { id: fromId, is_bot: false, first_name: 'Budi', language_code: opts.languageCode ?? 'id' },
      data,
      message: {
        message_id: opts.messageId ?? 4999,
        date: Math.floor(Date.now() / 1000),
        chat: { id: chatId, type: chatId < 0 ? 'supergroup' : 'private' },
        from: FAKE_BOT,
        text: 'pilih',
        reply_markup: { inline_keyboard: [[{ text: 'x', callback_data: data }]] },
      },
    },
  };
}

/** A photo message (three sizes, largest last), optionally part of an album. */
export function photoUpdate(fileId: string, opts: { chatId?: number; fromId?: number; mediaGroupId?: string; size?: number } = {}): Record<string, any> {
  const fromId = opts.fromId ?? 42;
  const chatId = opts.chatId ?? fromId;
  return {
    message: {
      message_id: nextUserMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: chatId < 0 ? 'supergroup' : 'private' },
      from: { id: fromId, is_bot: false, first_name: 'Budi', language_code: 'id' },
      ...(opts.mediaGroupId ? { media_group_id: opts.mediaGroupId } : {}),
      photo: [
        { file_id: `${fileId}-s`, file_unique_id: `${fileId}-us`, width: 90, height: 160, file_size: 2_000 },
        { file_id: `${fileId}-m`, file_unique_id: `${fileId}-um`, width: 320, height: 569, file_size: 20_000 },
        { file_id: fileId, file_unique_id: `${fileId}-u`, width: 1080, height: 1920, file_size: opts.size ?? 200_000 },
      ],
    },
  };
}

/** A document message (any MIME type). */
export function documentUpdate(fileId: string, mime: string, opts: { chatId?: number; size?: number; name?: string } = {}): Record<string, any> {
  const chatId = opts.chatId ?? 42;
  return {
    message: {
      message_id: nextUserMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private' },
      from: { id: 42, is_bot: false, first_name: 'Budi', language_code: 'id' },
      document: { file_id: fileId, file_unique_id: `${fileId}-u`, mime_type: mime, file_size: opts.size ?? 50_000, file_name: opts.name ?? 'capture.png' },
    },
  };
}
