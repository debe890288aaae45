/**
 * A strict fake of the Slack Web API (api.slack.com/methods), written apart from the adapter:
 * only the methods listed (others `unknown_method`), the bot token required, documented response
 * shapes, Block Kit validated (`invalid_blocks`), a `text` fallback expected with blocks. Every
 * call is recorded with the error it got; `onPost` lets the event driver echo the bot's own
 * messages back as Slack does.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blockKitProblems } from './block-kit-rules.js';

export const SLACK_TOKEN = 'xoxb-strict-1111-2222-abcdefabcdef';
export const TEAM = 'T0STRICT';
export const BOT_USER = 'U0BOT';
export const BOT_ID = 'B0BOT';
type Json = Record<string, any>;

/** A Web API call and the error (or warning) it got. */
export interface SlackCall { method: string; args: Json; error?: string; warning?: string; at: number }

export class StrictSlackApi {
  readonly calls: SlackCall[] = [];
  readonly files = new Map<string, Json>();
  /** Current messages by `${channel}:${ts}`. */
  readonly messages = new Map<string, Json>();
  onPost: (message: Json) => void = () => {};
  /** Methods answered `unknown_method`, to play a more minimal Web API. */
  readonly disabled = new Set<string>();
  /** Channels whose next chat.postMessage is rate limited (429, Retry-After: 1). */
  readonly rateLimitNext = new Set<string>();
  /** Channels whose next chat.postMessage gets an HTTP 503 (Slack's servers having a moment). */
  readonly serverErrorNext = new Set<string>();
  private tsSeq = 0;
  private constructor(private readonly server: Server, readonly url: string) {}

  static async start(): Promise<StrictSlackApi> {
    let api!: StrictSlackApi;
    const server = createServer((req, res) => void api.serve(req).then((body) => {
      // A rate-limited call: HTTP 429 with Retry-After, as Slack answers.
      if (body.error === 'ratelimited') res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' }).end(JSON.stringify(body));
      else if (body.error === 'service_unavailable') res.writeHead(503, { 'content-type': 'text/plain' }).end('Service Unavailable');
      else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    }));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    api = new StrictSlackApi(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`);
    return api;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((r) => this.server.close(r));
  }

  callsOf(method: string): SlackCall[] { return this.calls.filter((c) => c.method === method); }
  problems(): SlackCall[] { return this.calls.filter((c) => c.error !== undefined || c.warning !== undefined); }
  /** Visible messages (posts, ephemerals) in `channel` (optionally one thread), oldest first. */
  postsIn(channel: string, thread?: string): Json[] {
    return [...this.messages.values()].filter((m) => m.channel === channel && (thread === undefined || m.thread_ts === thread));
  }

  /** The response_url Slack would give for a press on `message` (served by this fake). */
  responseUrl(message: Json): string {
    return this.url.replace(/api\/$/, `response/${message.channel}/${message.ts}`);
  }

  private async serve(req: IncomingMessage): Promise<Json> {
    const path = new URL(req.url ?? '', 'http://x').pathname;
    const method = path.replace(/^\/api\//, '');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString();
    if (path.startsWith('/response/')) return this.respond(path, JSON.parse(raw || '{}'));
    const args: Json = (req.headers['content-type'] ?? '').includes('json') ? JSON.parse(raw || '{}') : Object.fromEntries(new URLSearchParams(raw));
    for (const key of ['blocks', 'view', 'attachments', 'files']) if (typeof args[key] === 'string') args[key] = JSON.parse(args[key]);
    const call: SlackCall = { method, args, at: Date.now() };
    this.calls.push(call);
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '') || args.token;
    const result = token !== SLACK_TOKEN ? { ok: false, error: 'invalid_auth' }
      : this.disabled.has(method) ? { ok: false, error: 'unknown_method' }
      : method === 'chat.postMessage' && this.rateLimitNext.delete(String(args.channel)) ? { ok: false, error: 'ratelimited' }
      : method === 'chat.postMessage' && this.serverErrorNext.delete(String(args.channel)) ? { ok: false, error: 'service_unavailable' }
      : this.dispatch(method, args, call);
    if (result.ok === false) call.error = result.error + (result.errors ? `: ${result.errors.join('; ')}` : '');
    return result;
  }

  private nextTs(): string { return `1900000000.${String(++this.tsSeq).padStart(6, '0')}`; }

  private dispatch(method: string, a: Json, call: SlackCall): Json {
    switch (method) {
      case 'auth.test': return { ok: true, url: 'https://strict.slack.com/', team: 'Strict', user: 'ds-helpdesk', team_id: TEAM, user_id: BOT_USER, bot_id: BOT_ID, is_enterprise_install: false };
      case 'chat.postMessage': return this.post(a, call, false);
      case 'chat.postEphemeral': return this.post(a, call, true);
      case 'chat.update': return this.update(a, call);
      case 'conversations.open': return a.users ? { ok: true, channel: { id: `D${String(a.users).split(',')[0]}` } } : { ok: false, error: 'users_list_not_supplied' };
      case 'users.info': return a.user ? { ok: true, user: { id: a.user, team_id: TEAM, name: a.user.toLowerCase(), real_name: `Real ${a.user}`, is_bot: false, ...(a.include_locale ? { locale: 'id-ID' } : {}), profile: { display_name: a.user, real_name: `Real ${a.user}` } } } : { ok: false, error: 'user_not_found' };
      case 'files.info': return this.files.has(a.file) ? { ok: true, file: this.files.get(a.file) } : { ok: false, error: 'file_not_found' };
      case 'views.publish': {
        const problems = a.view?.type === 'home' ? blockKitProblems(a.view.blocks, 100) : ['view.type must be home'];
        if (!a.user_id) return { ok: false, error: 'invalid_arguments' };
        return problems.length ? { ok: false, error: 'invalid_arguments', errors: problems } : { ok: true, view: { id: 'V1', type: 'home', blocks: a.view.blocks } };
      }
      case 'chat.getPermalink': return { ok: true, channel: a.channel, permalink: `https://strict.slack.com/archives/${a.channel}/p${String(a.message_ts).replace('.', '')}` };
      default: return { ok: false, error: 'unknown_method' };
    }
  }

  private content(a: Json, call: SlackCall): Json | { error: Json } {
    if (!a.channel) return { error: { ok: false, error: 'channel_not_found' } };
    if (a.blocks === undefined && (typeof a.text !== 'string' || a.text.trim() === '')) return { error: { ok: false, error: 'no_text' } };
    if (a.blocks !== undefined) {
      const problems = blockKitProblems(a.blocks);
      if (problems.length) return { error: { ok: false, error: 'invalid_blocks', errors: problems } };
      if (typeof a.text !== 'string' || a.text.trim() === '') call.warning = 'missing_text_in_message';
    }
    if (typeof a.text === 'string' && a.text.length > 40_000) return { error: { ok: false, error: 'msg_too_long' } };
    return { text: a.text ?? '', ...(a.blocks ? { blocks: a.blocks } : {}) };
  }

  private post(a: Json, call: SlackCall, ephemeral: boolean): Json {
    const content = this.content(a, call);
    if ('error' in content) return content.error;
    if (ephemeral && !a.user) return { ok: false, error: 'user_not_found' };
    const channel = String(a.channel).startsWith('U') ? `D${a.channel}` : String(a.channel);
    const ts = this.nextTs();
    const message = { type: 'message', user: BOT_USER, bot_id: BOT_ID, app_id: 'A0STRICT', team: TEAM, ts, channel, ...content, ...(a.thread_ts ? { thread_ts: a.thread_ts } : {}), ...(ephemeral ? { ephemeral_to: a.user } : {}) };
    this.messages.set(`${channel}:${ts}`, message);
    if (ephemeral) return { ok: true, message_ts: ts };
    const { channel: _c, ...shown } = message;
    this.onPost(message);
    return { ok: true, channel, ts, message: shown };
  }

  private update(a: Json, call: SlackCall): Json {
    const old = this.messages.get(`${a.channel}:${a.ts}`);
    if (!old || old.ephemeral_to) return { ok: false, error: 'message_not_found' };
    const content = this.content(a, call);
    if ('error' in content) return content.error;
    const next: Json = { ...old, ...content, edited: { user: BOT_USER, ts: this.nextTs() } };
    if (a.blocks === undefined) delete next.blocks;
    this.messages.set(`${a.channel}:${a.ts}`, next);
    return { ok: true, channel: a.channel, ts: a.ts, text: next.text, message: next };
  }

  /** A response_url call: replaces (or deletes) the original message, ephemeral ones included. */
  private respond(path: string, body: Json): Json {
    const [, , channel, ts] = path.split('/');
    const call: SlackCall = { method: 'response_url', args: { channel, ...body }, at: Date.now() };
    this.calls.push(call);
    const key = `${channel}:${ts}`;
    const old = this.messages.get(key);
    const fail = (error: string) => { call.error = error; return { ok: false, error }; };
    if (!old) return fail('expired_url');
    if (body.delete_original) { this.messages.delete(key); return { ok: true }; }
    if (body.blocks !== undefined) {
      const problems = blockKitProblems(body.blocks);
      if (problems.length) return fail(`invalid_blocks: ${problems.join('; ')}`);
    }
    if (!body.replace_original) return { ok: true }; // a new message: not modelled, nothing replaced
    const next: Json = { ...old, text: body.text ?? '', ...(body.blocks ? { blocks: body.blocks } : {}) };
    if (body.blocks === undefined) delete next.blocks;
    this.messages.set(key, next);
    return { ok: true };
  }

  /** Waits until `predicate` holds. */
  async waitFor(predicate: () => boolean, what: string, ms = 8000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; Slack API problems: ${JSON.stringify(this.problems().slice(-5))}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Waits for a new visible message in `channel` after `before` of them, then for 120 ms of quiet. */
  async settled(channel: string, before: number, quietMs = 120): Promise<Json[]> {
    await this.waitFor(() => this.postsIn(channel).length > before, `a reply in ${channel}`);
    await this.waitFor(() => Date.now() - (this.calls.at(-1)?.at ?? 0) >= quietMs, `${channel} quiet`);
    return this.postsIn(channel).slice(before);
  }
}
