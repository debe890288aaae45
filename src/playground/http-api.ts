/**
 * The playground's HTTP API, for a tab named by the `X-Playground-Session` header:
 * - `POST /api/chat` `{input, locale?, restart?}` → the turn rendered for Telegram and Slack;
 * - `POST /api/upload` (body: the image; `Content-Type` image/*, `X-File-Name`) → an upload id;
 * - `GET /api/upload/<id>` → the image back (the chat shows it);
 * - `POST /api/save/preview` → the diff of what saving writes, or why nothing can be saved;
 * - `POST /api/save` `{token}` → writes the previewed files, only when the guide checks clean.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ChatInputError } from './draft-chat.js';
import { previewSave, saveDrafts } from './draft-save.js';
import type { FlowFolder } from './flow-folder.js';
import { HttpError, readBody, readJson, sendJson } from './http-io.js';
import type { PlaygroundTab } from './playground-tab.js';
import type { ChatRequest, UploadReply } from './protocol.js';
import { CAPTURE_TYPES, MAX_CAPTURE_BYTES, type CaptureUploads } from './uploads.js';

/** The header naming the tab (sent by the page; a cross-site page never learns it). */
export const SESSION_HEADER = 'x-playground-session';

const ChatRequestSchema = z.object({
  input: z.discriminatedUnion('type', [
    z.object({ type: z.literal('text'), text: z.string().max(4000) }),
    z.object({ type: z.literal('command'), command: z.enum(['start', 'menu', 'help', 'cancel', 'back', 'restart']) }),
    z.object({ type: z.literal('press'), channel: z.enum(['telegram', 'slack']), data: z.string().max(2000) }),
    z.object({ type: z.literal('photo'), upload: z.string().max(100) }),
  ]),
  locale: z.enum(['id', 'en']).optional(),
  restart: z.boolean().optional(),
});

/** What the API works on. */
export type ApiContext = { tabs: Map<string, PlaygroundTab>; folder: FlowFolder; uploads: CaptureUploads };

function tabOf(req: IncomingMessage, context: ApiContext): PlaygroundTab {
  const id = req.headers[SESSION_HEADER];
  const tab = typeof id === 'string' ? context.tabs.get(id) : undefined;
  if (!tab) throw new HttpError(403, 'unknown or missing playground session (reload the page)');
  return tab;
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new HttpError(400, `bad request: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** Handles `/api/...`; answers 404 for anything else under it. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, path: string, context: ApiContext): Promise<void> {
  try {
    if (req.method === 'GET' && path.startsWith('/api/upload/')) return await serveUpload(res, path.slice('/api/upload/'.length), context);
    if (req.method !== 'POST') throw new HttpError(405, 'POST only');
    const tab = tabOf(req, context);
    switch (path) {
      case '/api/chat':
        return await chat(req, res, tab);
      case '/api/upload':
        return await upload(req, res, tab, context);
      case '/api/save/preview': {
        const reply = await previewSave(tab.saveInput(), context.folder);
        return sendJson(res, reply.ok ? 200 : 409, reply);
      }
      case '/api/save': {
        const { token } = parse(z.object({ token: z.string().max(100) }), await readJson(req));
        const reply = await saveDrafts(tab.saveInput(), context.folder, token);
        return sendJson(res, reply.ok ? 200 : 409, reply);
      }
      default:
        throw new HttpError(404, 'no such API');
    }
  } catch (error) {
    if (error instanceof HttpError) return sendJson(res, error.status, { error: error.message });
    if (error instanceof ChatInputError) return sendJson(res, 400, { error: error.message });
    throw error;
  }
}

async function chat(req: IncomingMessage, res: ServerResponse, tab: PlaygroundTab): Promise<void> {
  const request = parse(ChatRequestSchema, await readJson(req)) as ChatRequest;
  const graph = tab.graph;
  if (!graph) throw new HttpError(409, 'the drafts have not compiled without errors yet: fix the errors to chat');
  sendJson(res, 200, await tab.chat.turn(graph, request));
}

async function upload(req: IncomingMessage, res: ServerResponse, tab: PlaygroundTab, context: ApiContext): Promise<void> {
  const mime = (req.headers['content-type'] ?? '').split(';')[0]!.trim();
  if (!CAPTURE_TYPES.has(mime)) throw new HttpError(415, `a capture is a picture (${[...CAPTURE_TYPES.keys()].join(', ')})`);
  const name = decodeURIComponent(String(req.headers['x-file-name'] ?? 'capture'));
  const bytes = await readBody(req, MAX_CAPTURE_BYTES);
  if (bytes.length === 0) throw new HttpError(400, 'empty file');
  const stored = await context.uploads.save(tab.id, name, mime, bytes);
  const reply: UploadReply = { upload: stored.id, name: stored.name, mime, url: `/api/upload/${stored.id}` };
  sendJson(res, 200, reply);
}

async function serveUpload(res: ServerResponse, id: string, context: ApiContext): Promise<void> {
  // Upload ids are random UUIDs: knowing one is what lets the page show its own picture.
  const stored = /^[0-9a-f-]{36}$/.test(id) ? context.uploads.byId(id) : undefined;
  if (!stored) throw new HttpError(404, 'no such upload');
  const body = await readFile(stored.path);
  res.writeHead(200, { 'Content-Type': stored.mime, 'Content-Length': body.length });
  res.end(body);
}
