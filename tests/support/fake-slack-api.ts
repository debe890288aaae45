/**
 * A fake Slack Web API over real HTTP (node:http on 127.0.0.1, random port), for tests that point
 * the adapter's SLACK_API_URL at it. It checks the bearer token, parses form and JSON bodies the
 * way Slack does, records every call, answers like Slack for the methods the bot uses, and can
 * be told to rate-limit or fail a method once.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One recorded Web API call (or response_url post). */
export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  /** What the fake answered (e.g. the `ts` of a posted message). */
  result?: Record<string, unknown>;
}

/** A file the fake knows for files.info. */
export interface FakeFile {
  id: string;
  name?: string;
  mimetype?: string;
  size?: number;
  permalink?: string;
}

type Failure = { status: 429; retryAfter: number } | { error: string };

const JSON_FIELDS = new Set(['blocks', 'view', 'attachments', 'metadata']);

/** The fake server; `url` ends with `/api/` like Slack's base URL. */
export class FakeSlackApi {
  readonly calls: RecordedCall[] = [];
  readonly files = new Map<string, FakeFile>();
  readonly userLocales = new Map<string, string>();
  private readonly failures = new Map<string, Failure[]>();
  private server: Server | undefined;
  private tsCounter = 100;
  url = '';
  /** Socket Mode: the app-level token and the WebSocket URL apps.connections.open hands out. */
  appToken = '';
  socketUrl = '';

  constructor(readonly token: string, readonly identity = { team_id: 'T1', user_id: 'UBOT', bot_id: 'BBOT' }) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}/api/`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** A response_url for block_actions payloads that posts back into this fake. */
  responseUrl(id: string): string {
    return this.url.replace(/\/api\/$/, `/response/${id}`);
  }

  /** Makes the next call of `method` fail once (429 with Retry-After, or an `ok: false` error). */
  failOnce(method: string, failure: Failure): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), failure]);
  }

  /** Calls of one method, in order. */
  callsOf(method: string): Record<string, unknown>[] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  /** Messages the bot posted (chat.postMessage and chat.postEphemeral), in order, with their `ts`. */
  posted(): Record<string, unknown>[] {
    return this.calls
      .filter((c) => c.method === 'chat.postMessage' || c.method === 'chat.postEphemeral')
      .map((c) => ({ ...c.args, method: c.method, ts: c.result?.ts ?? c.result?.message_ts }));
  }

  /** Waits until `predicate` holds (polling), or fails with what was recorded. */
  async waitFor(predicate: (api: this) => boolean, what: string, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this)) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; calls: ${this.calls.map((c) => c.method).join(', ')}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/upload/')) {
      this.calls.push({ method: 'upload', args: { id: path.slice('/upload/'.length), bytes: Buffer.byteLength(raw), body: raw } });
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('OK');
      return;
    }
    if (path.startsWith('/response/')) {
      this.calls.push({ method: 'response_url', args: { id: path.slice('/response/'.length), ...(JSON.parse(raw || '{}') as object) } });
      return send(res, 200, { ok: true });
    }
    const method = path.replace(/^\/api\//, '');
    const args = parseArgs(raw, req.headers['content-type']);
    const auth = req.headers.authorization ?? `Bearer ${String(args.token ?? '')}`;
    // apps.connections.open (Socket Mode) is the one method called with the app-level token.
    const expected = method === 'apps.connections.open' ? this.appToken : this.token;
    if (auth !== `Bearer ${expected}`) return send(res, 200, { ok: false, error: 'invalid_auth' });
    delete args.token;
    const call: RecordedCall = { method, args };
    this.calls.push(call);
    const failure = this.failures.get(method)?.shift();
    if (failure && 'status' in failure) {
      res.setHeader('Retry-After', String(failure.retryAfter));
      return send(res, 429, { ok: false, error: 'ratelimited' });
    }
    if (failure) return send(res, 200, { ok: false, error: failure.error });
    call.result = this.answer(method, args);
    send(res, 200, call.result);
  }

  private answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const ts = (): string => `1700000000.${String(this.tsCounter++).padStart(6, '0')}`;
    switch (method) {
      case 'apps.connections.open':
        return this.socketUrl ? { ok: true, url: this.socketUrl } : { ok: false, error: 'not_allowed_token_type' };
      case 'auth.test':
        return { ok: true, url: 'https://test.slack.com/', team: 'Test', user: 'ds', ...this.identity };
      case 'chat.postMessage':
        return { ok: true, channel: args.channel, ts: ts(), message: { text: args.text } };
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: ts() };
      case 'views.publish':
        return { ok: true, view: { id: 'V1', ...(args.view as object) } };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users)}` } };
      case 'users.info': {
        const id = String(args.user);
        return { ok: true, user: { id, name: id.toLowerCase(), real_name: `User ${id}`, locale: this.userLocales.get(id) ?? 'id-ID', profile: { display_name: '' } } };
      }
      case 'files.upload':
        return { ok: false, error: 'method_deprecated' };
      case 'files.getUploadURLExternal': {
        const id = `FUP${this.tsCounter++}`;
        return { ok: true, upload_url: this.url.replace(/\/api\/$/, `/upload/${id}`), file_id: id };
      }
      case 'files.completeUploadExternal': {
        const files = (typeof args.files === 'string' ? JSON.parse(args.files) : args.files) as { id: string; title?: string }[];
        return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title, permalink: `https://test.slack.com/files/UBOT/${f.id}` })) };
      }
      case 'files.info': {
        const file = this.files.get(String(args.file));
        return file ? { ok: true, file } : { ok: false, error: 'file_not_found' };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) args[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  return args;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
