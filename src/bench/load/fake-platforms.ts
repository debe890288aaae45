/**
 * Minimal local fakes of the Telegram Bot API and the Slack Web API for the load benchmark:
 * only what the bot calls on a text conversation (getMe, setWebhook, setMyCommands, sendMessage;
 * auth.test, users.info, chat.postMessage), answered at once, each reply reported to the
 * {@link ReplySink}. Deliberately light: the bench, the fakes, Redis and the replicas share two
 * cores. The strict fakes of the test suite check the shapes; these only count and time.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ReplySink } from './reply-sink.js';

export const BENCH_TELEGRAM_TOKEN = '424242:BENCH-token-abcdefghijklmnopqrstuvwxyz';
export const BENCH_SLACK_TOKEN = 'xoxb-bench-0000-abcdef';
const BOT = { id: 424242, is_bot: true, first_name: 'DS Bench', username: 'ds_bench_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false };

/** A running fake. */
export interface FakeServer {
  /** TELEGRAM_API_ROOT or SLACK_API_URL for the replicas. */
  readonly url: string;
  /** Calls answered with an error (there should be none). */
  readonly errors: () => number;
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

function parse(raw: string, type: string | undefined): Record<string, any> {
  if (!raw) return {};
  return (type ?? '').includes('json') ? JSON.parse(raw) : Object.fromEntries(new URLSearchParams(raw));
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

const closer = (server: Server) => () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });

/** The Bot API fake: replies to chat `c` are reported as `tg:<c>`. */
export async function startFakeTelegram(sink: ReplySink): Promise<FakeServer> {
  let nextId = 1;
  let errors = 0;
  const server = createServer((req, res) => void body(req).then((raw) => {
    const method = /\/bot[^/]+\/(\w+)$/.exec(req.url ?? '')?.[1] ?? '';
    const p = parse(raw, req.headers['content-type']);
    let result: unknown;
    switch (method) {
      case 'getMe': result = BOT; break;
      case 'setWebhook': case 'setMyCommands': case 'deleteWebhook': case 'answerCallbackQuery': case 'editMessageReplyMarkup': result = true; break;
      case 'sendMessage':
        sink.reply(`tg:${p.chat_id}`, String(p.text ?? ''));
        result = { message_id: nextId++, date: Math.floor(Date.now() / 1000), chat: { id: Number(p.chat_id), type: 'private' }, text: p.text };
        break;
      default:
        errors += 1;
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error_code: 404, description: 'Not Found' }));
        return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, result }));
  }));
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, errors: () => errors, close: closer(server) };
}

/** The Web API fake: replies in channel `c` are reported as `sl:<c>`. */
export async function startFakeSlack(sink: ReplySink): Promise<FakeServer> {
  let seq = 0;
  let errors = 0;
  const server = createServer((req, res) => void body(req).then((raw) => {
    const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0];
    const a = parse(raw, req.headers['content-type']);
    let result: Record<string, unknown>;
    switch (method) {
      case 'auth.test': result = { ok: true, team_id: 'TBENCH', user_id: 'UBENCHBOT', bot_id: 'BBENCH' }; break;
      case 'users.info': result = { ok: true, user: { id: a.user, name: String(a.user).toLowerCase(), real_name: `Real ${a.user}`, locale: 'id-ID', profile: { display_name: a.user } } }; break;
      case 'chat.postMessage': {
        const ts = `1900000000.${String(++seq).padStart(6, '0')}`;
        sink.reply(`sl:${a.channel}`, String(a.text ?? ''));
        result = { ok: true, channel: a.channel, ts, message: { ts, text: a.text } };
        break;
      }
      default: errors += 1; result = { ok: false, error: 'unknown_method' };
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
  }));
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}/api/`, errors: () => errors, close: closer(server) };
}
