/**
 * The playground's local web server: the page and its bundle, the HTTP API and the WebSocket,
 * on 127.0.0.1 only, refusing any request that does not come from its own page.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import { FLOWS_DIR } from '../kb/paths.js';
import { FlowFolder } from './flow-folder.js';
import { GraphPictures } from './graph-pictures.js';
import { handleApi } from './http-api.js';
import { sendJson } from './http-io.js';
import { serveLanguageChannel, type ChannelContext } from './language-channel.js';
import { DraftLanguageService } from './language-service.js';
import type { PlaygroundTab } from './playground-tab.js';
import { refusalOf, securityHeaders } from './request-guard.js';
import { ASSETS_DIR, readAsset } from './static-assets.js';
import { CaptureUploads } from './uploads.js';
import { warmUp } from './warm-up.js';

/** The playground's port when `PLAYGROUND_PORT` is not set. */
export const DEFAULT_PLAYGROUND_PORT = 3300;

/** How to start the playground. */
export type PlaygroundOptions = {
  /** 0 picks a free port (tests). */
  port: number;
  logger: Logger;
  /** The flow folder to edit (default: the shipped guide, src/kb/flows). */
  flowsDir?: string;
  /** Where the built page is (default: dist/playground/web of the package). */
  assetsDir?: string;
  /** Check the guide and draw once at start so the first edit is fast (default true; tests of the API skip it). */
  warmUp?: boolean;
};

/** A running playground. */
export type Playground = { url: string; port: number; close(): Promise<void> };

/** Starts the server on 127.0.0.1 and resolves once it listens. */
export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const { logger } = options;
  const folder = new FlowFolder(options.flowsDir ?? FLOWS_DIR);
  const language = new DraftLanguageService();
  const uploads = new CaptureUploads();
  const tabs = new Map<string, PlaygroundTab>();
  const context: ChannelContext = { folder, language, uploads, logger, pictures: new GraphPictures(), tabs };
  const keywords = language.keywords();
  const assetsDir = options.assetsDir ?? ASSETS_DIR;
  let port = options.port;

  const onRequest = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    securityHeaders(res, port);
    const refused = refusalOf(req, port);
    if (refused) return sendJson(res, 403, { error: refused });
    const path = new URL(req.url ?? '/', 'http://playground').pathname;
    if (path.startsWith('/api/')) return handleApi(req, res, path, { tabs, folder, uploads });
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'GET only' });
    const asset = await readAsset(assetsDir, path);
    if (!asset) return sendJson(res, 404, { error: path === '/' ? 'the page is not built: run npm run build' : 'not found' });
    res.writeHead(200, { 'Content-Type': asset.type, 'Content-Length': asset.body.length });
    res.end(req.method === 'HEAD' ? undefined : asset.body);
  };

  const server = createServer((req, res) => {
    onRequest(req, res).catch((error: unknown) => {
      logger.error({ err: error instanceof Error ? error.message : String(error), url: req.url }, 'playground: request failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    });
  });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 2 * 1024 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    const refused = refusalOf(req, port, { originRequired: true }) ?? (new URL(req.url ?? '/', 'http://x').pathname === '/ws' ? undefined : 'no such socket');
    if (refused) {
      logger.warn({ reason: refused }, 'playground: socket refused');
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => {
      serveLanguageChannel(ws, context, keywords).catch((error: unknown) => {
        logger.error({ err: error instanceof Error ? error.message : String(error) }, 'playground: socket failed');
        ws.close(1011, 'internal error');
      });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  if (options.warmUp ?? true) void warmUp(folder, context.pictures, logger);
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    async close() {
      for (const ws of sockets.clients) ws.terminate();
      sockets.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await Promise.all([...tabs.values()].map((t) => t.close()));
      tabs.clear();
      uploads.close();
    },
  };
}
