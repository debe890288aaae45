/** The playground's HTTP API as the page calls it (the session header names the tab). */
import type { ChatReply, ChatRequest, SaveReply, UploadReply } from '../protocol.js';

let session = '';

/** Sets the tab's session id (from the WebSocket's hello). */
export function useSession(id: string): void {
  session = id;
}

async function post<T>(path: string, body: BodyInit, type: string, extra: Record<string, string> = {}): Promise<T> {
  const response = await fetch(path, { method: 'POST', body, headers: { 'Content-Type': type, 'X-Playground-Session': session, ...extra } });
  const json = (await response.json()) as T & { error?: string };
  // Save answers 409 with a reason the page shows; other failures carry `error`.
  if (!response.ok && !(path.startsWith('/api/save') && response.status === 409)) throw new Error(json.error ?? `HTTP ${response.status}`);
  return json;
}

/** One chat turn. */
export function chat(request: ChatRequest): Promise<ChatReply> {
  return post('/api/chat', JSON.stringify(request), 'application/json');
}

/** Uploads a capture. */
export function upload(file: File): Promise<UploadReply> {
  return post('/api/upload', file, file.type || 'application/octet-stream', { 'X-File-Name': encodeURIComponent(file.name) });
}

/** The diff of what saving would write, or why nothing can be saved. */
export function previewSave(): Promise<SaveReply> {
  return post('/api/save/preview', '{}', 'application/json');
}

/** Writes the previewed drafts. */
export function save(token: string): Promise<SaveReply> {
  return post('/api/save', JSON.stringify({ token }), 'application/json');
}
