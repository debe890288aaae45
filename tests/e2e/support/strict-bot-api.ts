/**
 * A strict fake of the Telegram Bot API (core.telegram.org/bots/api), written independently of the
 * adapter: only documented methods (others 404), documented shapes, parameter checks with the
 * real error texts, getUpdates long polling with offset semantics, and the webhook/polling
 * exclusion. Records every call and every API error it answered so tests can assert none happened.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseTelegramHtml } from './telegram-html.js';

export const TOKEN = '123456:STRICT-fake-token_abcdefghijklmnopqrstu';
export const BOT = { id: 123456, is_bot: true, first_name: 'DS Helpdesk', username: 'ds_strict_bot' };
type Json = Record<string, any>;

/** An API call the bot made, and the error we answered (if any). */
export interface BotCall { method: string; params: Json; error?: string; at: number }

class ApiError extends Error { constructor(readonly code: number, description: string) { super(description); } }
const bad = (what: string) => new ApiError(400, `Bad Request: ${what}`);

export class StrictBotApi {
  readonly calls: BotCall[] = [];
  readonly messages = new Map<string, Json>(); // `${chat}:${message_id}` → bot's current message
  private updates: Json[] = [];
  private nextUpdateId = 1000;
  private nextMessageId = 1;
  private waiters: Array<() => void> = [];
  private openQueries = new Set<string>();
  private knownFiles = new Set<string>();
  webhook: Json | undefined;
  /** Chats whose next send* call gets a 429 with retry_after 1 (Telegram's flood control). */
  readonly throttleNext = new Set<number>();
  /** Chats whose next send* call gets a 502 Bad Gateway (Telegram's servers having a moment). */
  readonly serverErrorNext = new Set<number>();
  /** Chats whose send* calls are answered only after this many milliseconds (a slow API). */
  readonly sendDelayMs = new Map<number, number>();
  private constructor(private readonly server: Server, readonly apiRoot: string) {}

  static async start(): Promise<StrictBotApi> {
    let api!: StrictBotApi;
    const server = createServer((req, res) => void api.serve(req).then(([status, body]) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    }));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    api = new StrictBotApi(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return api;
  }

  async close(): Promise<void> {
    for (const wake of this.waiters.splice(0)) wake();
    this.server.closeAllConnections();
    await new Promise((r) => this.server.close(r));
  }

  /** Queues an update for getUpdates (assigning update_id unless given); returns it. */
  push(update: Json): Json {
    const full: Json = { update_id: update.update_id ?? this.nextUpdateId++, ...update };
    this.nextUpdateId = Math.max(this.nextUpdateId, full.update_id + 1);
    if (full.callback_query) this.openQueries.add(full.callback_query.id);
    for (const p of full.message?.photo ?? []) this.knownFiles.add(p.file_id);
    if (full.message?.document) this.knownFiles.add(full.message.document.file_id);
    this.updates.push(full);
    for (const wake of this.waiters.splice(0)) wake();
    return full;
  }

  /** Registers an update delivered by webhook (so its callback query id / files are known). */
  expect(update: Json): Json { this.push(update); this.updates.pop(); return update; }

  callsOf(method: string): BotCall[] { return this.calls.filter((c) => c.method === method); }
  errors(): BotCall[] { return this.calls.filter((c) => c.error !== undefined); }
  /** Messages the bot sent to `chat` (sendMessage/sendPhoto/...), in order. */
  sentTo(chat: number): Json[] {
    return [...this.messages.values()].filter((m) => m.chat.id === chat).sort((a, b) => a.message_id - b.message_id);
  }
  textsTo(chat: number): string[] { return this.sentTo(chat).map((m) => m.text ?? m.caption ?? ''); }

  private async serve(req: IncomingMessage): Promise<[number, Json]> {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(new URL(req.url ?? '', 'http://x').pathname);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (!match) return [404, { ok: false, error_code: 404, description: 'Not Found' }];
    const [, token, method] = match as unknown as [string, string, string];
    let params: Json = {};
    const raw = Buffer.concat(chunks).toString();
    const type = req.headers['content-type'] ?? '';
    const call: BotCall = { method, params, at: Date.now() };
    this.calls.push(call);
    try {
      if (type.includes('json') && raw) params = JSON.parse(raw);
      else if (type.includes('x-www-form-urlencoded')) params = Object.fromEntries(new URLSearchParams(raw));
      else if (raw) throw bad('unsupported body (the fake takes JSON or urlencoded only)');
      call.params = params;
      if (token !== TOKEN) throw new ApiError(401, 'Unauthorized');
      if (method.startsWith('send') && this.throttleNext.delete(Number(params.chat_id))) {
        call.error = 'Too Many Requests: retry after 1';
        return [429, { ok: false, error_code: 429, description: call.error, parameters: { retry_after: 1 } }];
      }
      if (method.startsWith('send') && this.serverErrorNext.delete(Number(params.chat_id))) {
        call.error = 'Bad Gateway';
        return [502, { ok: false, error_code: 502, description: call.error }];
      }
      const delay = method.startsWith('send') ? this.sendDelayMs.get(Number(params.chat_id)) : undefined;
      if (delay) await new Promise((r) => setTimeout(r, delay));
      const result = await this.dispatch(method, params);
      return [200, { ok: true, result }];
    } catch (error) {
      const e = error instanceof ApiError ? error : bad(String((error as Error).message));
      call.error = e.message;
      return [e.code, { ok: false, error_code: e.code, description: e.message }];
    }
  }

  private dispatch(method: string, p: Json): unknown {
    switch (method) {
      case 'getMe': return BOT;
      case 'setMyCommands': case 'deleteMyCommands': return this.commands(p);
      case 'deleteWebhook': this.webhook = undefined; return true;
      case 'setWebhook': return this.setWebhook(p);
      case 'getWebhookInfo': return { url: this.webhook?.url ?? '', has_custom_certificate: false, pending_update_count: 0 };
      case 'getUpdates': return this.getUpdates(p);
      case 'sendMessage': return this.store(p, this.textPart(p, 'text', 4096));
      case 'sendPhoto': return this.store(p, { photo: [this.file(p.photo)], ...this.caption(p) });
      case 'sendDocument': return this.store(p, { document: { file_id: this.fileId(p.document) }, ...this.caption(p) });
      case 'sendChatAction': this.chat(p); return true;
      case 'answerCallbackQuery': return this.answer(p);
      case 'editMessageText': return this.edit(p, this.textPart(p, 'text', 4096));
      case 'editMessageReplyMarkup': return this.edit(p, {});
      case 'deleteMessage': this.existing(p); this.messages.delete(`${p.chat_id}:${p.message_id}`); return true;
      default: throw new ApiError(404, 'Not Found: method not found');
    }
  }

  private commands(p: Json): true {
    const list = typeof p.commands === 'string' ? JSON.parse(p.commands) : p.commands;
    if (p.commands !== undefined && (!Array.isArray(list) || list.length > 100)) throw bad('commands must be an array');
    for (const c of list ?? []) {
      if (!/^[a-z0-9_]{1,32}$/.test(c.command)) throw bad('BOT_COMMAND_INVALID');
      if (typeof c.description !== 'string' || c.description.length < 1 || c.description.length > 256) throw bad('BOT_COMMAND_DESCRIPTION_INVALID');
    }
    return true;
  }

  private setWebhook(p: Json): true {
    const url = new URL(String(p.url));
    if (url.protocol !== 'https:') throw bad('bad webhook: An HTTPS URL must be provided for webhook');
    if (p.secret_token !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(p.secret_token)) throw bad('secret token contains unallowed characters');
    this.webhook = p;
    return true;
  }

  private async getUpdates(p: Json): Promise<Json[]> {
    if (this.webhook) throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    const offset = Number(p.offset ?? 0);
    if (offset > 0) this.updates = this.updates.filter((u) => u.update_id >= offset);
    const deadline = Date.now() + Math.min(Number(p.timeout ?? 0), 2) * 1000;
    while (this.updates.length === 0 && Date.now() < deadline) {
      await new Promise<void>((wake) => { this.waiters.push(wake); setTimeout(wake, deadline - Date.now()); });
    }
    const allowed: string[] | undefined = typeof p.allowed_updates === 'string' ? JSON.parse(p.allowed_updates) : p.allowed_updates;
    return this.updates
      .filter((u) => !allowed?.length || allowed.some((k) => k in u))
      .slice(0, Number(p.limit ?? 100));
  }

  private chat(p: Json): Json {
    const id = p.chat_id;
    if (!(Number.isInteger(id) || (typeof id === 'string' && /^(-?\d+|@\w{5,})$/.test(id)))) throw bad('chat_id must be an Integer or a String');
    const n = Number(id);
    return n < 0 ? { id: n, type: 'supergroup', title: 'Group' } : { id: n, type: 'private', first_name: 'User' };
  }

  private textPart(p: Json, key: 'text', max: number): Json {
    if (typeof p[key] !== 'string' || p[key].length === 0) throw bad('message text is empty');
    let plain = p[key] as string;
    if (p.parse_mode !== undefined) {
      if (p.parse_mode !== 'HTML' && p.parse_mode !== 'MarkdownV2' && p.parse_mode !== 'Markdown') throw bad(`unsupported parse_mode "${p.parse_mode}"`);
      if (p.parse_mode === 'HTML') {
        const parsed = parseTelegramHtml(plain);
        if ('error' in parsed) throw bad(parsed.error.replace(/^Bad Request: /, ''));
        plain = parsed.text;
      }
    }
    if (plain.trim().length === 0) throw bad('message text is empty');
    if (plain.length > max) throw bad('message is too long');
    return { text: plain };
  }

  private caption(p: Json): Json {
    if (p.caption === undefined) return {};
    const parsed = p.parse_mode === 'HTML' ? parseTelegramHtml(p.caption) : { text: p.caption };
    if ('error' in parsed) throw bad(parsed.error.replace(/^Bad Request: /, ''));
    if (parsed.text.length > 1024) throw bad('message caption is too long');
    return { caption: parsed.text };
  }

  private fileId(ref: unknown): string {
    if (typeof ref !== 'string' || !this.knownFiles.has(ref)) throw bad('wrong file identifier/HTTP URL specified');
    return ref;
  }
  private file(ref: unknown): Json { return { file_id: this.fileId(ref), file_unique_id: `u${ref}`, width: 800, height: 600 }; }

  private markup(p: Json): Json {
    if (p.reply_markup === undefined) return {};
    const markup = typeof p.reply_markup === 'string' ? JSON.parse(p.reply_markup) : p.reply_markup;
    if (markup.force_reply !== undefined || markup.remove_keyboard !== undefined || markup.keyboard !== undefined) return {};
    const rows = markup.inline_keyboard;
    if (!Array.isArray(rows) || rows.some((r: unknown) => !Array.isArray(r))) throw bad("field \"inline_keyboard\" of the InlineKeyboardMarkup should be an Array of Arrays");
    for (const b of rows.flat()) {
      if (typeof b.text !== 'string' || b.text.length === 0) throw bad('BUTTON_TEXT_INVALID');
      const kinds = ['url', 'callback_data', 'switch_inline_query', 'login_url', 'web_app', 'copy_text'].filter((k) => b[k] !== undefined);
      if (kinds.length !== 1) throw bad("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
      if (b.callback_data !== undefined && (typeof b.callback_data !== 'string' || Buffer.byteLength(b.callback_data) < 1 || Buffer.byteLength(b.callback_data) > 64)) throw bad('BUTTON_DATA_INVALID');
      if (b.url !== undefined && !/^(https?|tg):\/\/\S+$/.test(b.url)) throw bad('BUTTON_URL_INVALID');
    }
    return rows.length > 0 ? { reply_markup: { inline_keyboard: rows } } : {};
  }

  private store(p: Json, content: Json): Json {
    const chat = this.chat(p);
    const message = { message_id: this.nextMessageId++, from: BOT, chat, date: Math.floor(Date.now() / 1000), ...content, ...this.markup(p) };
    this.messages.set(`${chat.id}:${message.message_id}`, message);
    for (const wake of this.waiters.splice(0)) wake();
    return message;
  }

  private existing(p: Json): Json {
    if (p.inline_message_id !== undefined) throw bad('inline messages are not used by this bot');
    this.chat(p);
    const message = this.messages.get(`${p.chat_id}:${p.message_id}`);
    if (!message) throw bad('message to edit not found');
    return message;
  }

  private edit(p: Json, content: Json): Json {
    const old = this.existing(p);
    const next: Json = { ...old, ...content, edit_date: Math.floor(Date.now() / 1000) };
    delete next.reply_markup;
    Object.assign(next, this.markup(p));
    const same = (m: Json) => JSON.stringify([m.text, m.caption, m.reply_markup ?? null]);
    if (same(next) === same(old)) throw bad('message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message');
    this.messages.set(`${p.chat_id}:${p.message_id}`, next);
    return next;
  }

  private answer(p: Json): true {
    if (!this.openQueries.delete(String(p.callback_query_id))) throw bad('query is too old and response timeout expired or query ID is invalid');
    if (p.text !== undefined && String(p.text).length > 200) throw bad('MESSAGE_TOO_LONG');
    return true;
  }

  /** Waits until a bot message reached `chat`, then until the chat has been quiet for `quietMs`. */
  async settled(chat: number, sentBefore: number, quietMs = 120): Promise<void> {
    await this.waitFor(() => this.sendCount(chat) > sentBefore, `a reply in chat ${chat}`);
    await this.waitFor(() => Date.now() - (this.callsTo(chat).at(-1)?.at ?? 0) >= quietMs, `chat ${chat} quiet`);
  }
  /** Calls addressed to `chat`. */
  callsTo(chat: number): BotCall[] { return this.calls.filter((c) => Number(c.params.chat_id) === chat); }
  /** How many send* calls reached `chat` so far. */
  sendCount(chat: number): number { return this.callsTo(chat).filter((c) => c.method.startsWith('send') && !c.error).length; }

  /** Resolves when `predicate` holds (checked on every bot message), or rejects after `ms`. */
  async waitFor(predicate: () => boolean, what: string, ms = 8000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; API errors: ${JSON.stringify(this.errors().slice(-5))}`);
      await new Promise<void>((wake) => { this.waiters.push(wake); setTimeout(wake, 50); });
    }
  }
}
