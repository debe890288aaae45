/**
 * A small node:http receiver for Telegram webhooks. It checks the secret header in constant time,
 * answers 200 at once (Telegram holds a chat's next update until we answer, and retries slow or
 * failed deliveries), and hands the update on to be processed off the request.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update } from 'grammy/types';

/** The header Telegram sends with the `secret_token` given to `setWebhook`. */
export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';
const MAX_BODY_BYTES = 1024 * 1024;

/** Options of {@link startWebhookServer}. */
export interface WebhookServerOptions {
  secret: string;
  port: number;
  host?: string;
  /** Called once per accepted update, after the 200 is on its way; must not throw. */
  onUpdate: (update: Update) => void;
  /** Told about refused requests (reason only, never the header value). */
  onRefused?: (reason: string) => void;
  /**
   * Other GET routes served on this listener (the operations routes when the webhook owns
   * PORT); one at `/healthz` replaces the built-in `ok`.
   */
  routes?: ReadonlyArray<{ path: string; handler: (req: IncomingMessage, res: ServerResponse) => void }>;
}

/** A running webhook receiver. */
export interface WebhookServer {
  readonly port: number;
  /** Stops accepting requests and closes idle connections. */
  close(): Promise<void>;
}

/** Constant-time secret comparison (hashing first makes the lengths equal). */
export function secretMatches(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * The request handler alone, for mounting the webhook on a listener someone else owns (Slack's
 * HTTP receiver when both channels share PORT).
 */
export function webhookRequestHandler(options: Omit<WebhookServerOptions, 'port' | 'host'>): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(req, res, options).catch(() => respond(res, 500));
  };
}

/** Starts listening; resolves once the port is bound. */
export async function startWebhookServer(options: WebhookServerOptions): Promise<WebhookServer> {
  const server = createServer(webhookRequestHandler(options));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, options: Omit<WebhookServerOptions, 'port' | 'host'>): Promise<void> {
  const path = (req.url ?? '/').split('?')[0];
  const route = req.method === 'GET' ? options.routes?.find((r) => r.path === path) : undefined;
  if (route) return route.handler(req, res);
  if (req.method === 'GET' && path === '/healthz') return respond(res, 200, 'ok');
  if (req.method !== 'POST') return respond(res, 405);
  const header = req.headers[SECRET_HEADER];
  if (!secretMatches(Array.isArray(header) ? header[0] : header, options.secret)) {
    options.onRefused?.('bad secret');
    req.resume();
    return respond(res, 401);
  }
  const body = await readBody(req);
  if (body === undefined) return respond(res, 413);
  let update: Update;
  try {
    update = JSON.parse(body) as Update;
  } catch {
    options.onRefused?.('malformed JSON');
    return respond(res, 400);
  }
  if (typeof update !== 'object' || update === null || typeof update.update_id !== 'number') {
    options.onRefused?.('not an update');
    return respond(res, 400);
  }
  respond(res, 200, '{}');
  options.onUpdate(update);
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function respond(res: ServerResponse, status: number, body = ''): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': body.startsWith('{') ? 'application/json' : 'text/plain' });
  res.end(body);
}
