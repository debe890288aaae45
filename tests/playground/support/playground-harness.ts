/**
 * A playground on a free port over a private copy of the shipped flows (tests never write into
 * src/kb/flows), with a WebSocket client that speaks as the page does.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import WebSocket from 'ws';
import { FLOWS_DIR } from '../../../src/kb/paths.js';
import { startPlayground, type Playground } from '../../../src/playground/index.js';
import type { ClientMessage, ServerMessage } from '../../../src/playground/protocol.js';

type Hello = Extract<ServerMessage, { type: 'hello' }>;
type Analysis = Extract<ServerMessage, { type: 'analysis' }>;

/** A copy of the shipped flows in a temporary folder. */
export function copyOfShippedFlows(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ds-flows-'));
  cpSync(FLOWS_DIR, dir, { recursive: true });
  return dir;
}

/** A running playground over a copy of the flows (warmed up as in real use only when asked: it costs CPU). */
export async function startTestPlayground(options: { warmUp?: boolean } = {}): Promise<{ playground: Playground; flowsDir: string; stop(): Promise<void> }> {
  const flowsDir = copyOfShippedFlows();
  const playground = await startPlayground({ port: 0, flowsDir, logger: pino({ level: 'silent' }), warmUp: options.warmUp ?? false });
  return {
    playground,
    flowsDir,
    async stop() {
      await playground.close();
      rmSync(flowsDir, { recursive: true, force: true });
    },
  };
}

/** The page's side of the WebSocket. */
export class PageSocket {
  private readonly messages: ServerMessage[] = [];
  private readonly waiters: { test: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }[] = [];
  private nextId = 1;
  revision = 0;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as ServerMessage;
      this.messages.push(message);
      for (const w of [...this.waiters]) {
        if (w.test(message)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(message);
        }
      }
    });
  }

  /** Connects as the page at `port` would and waits for the hello. */
  static async open(port: number): Promise<{ page: PageSocket; hello: Hello }> {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/ws`, { origin: `http://127.0.0.1:${port}` });
    const page = new PageSocket(socket);
    const hello = (await page.next((m) => m.type === 'hello')) as Hello;
    return { page, hello };
  }

  /** The next (or an already received) message that passes `test`. */
  next(test: (m: ServerMessage) => boolean, timeoutMs = 15_000): Promise<ServerMessage> {
    const seen = this.messages.find(test);
    if (seen) {
      this.messages.splice(this.messages.indexOf(seen), 1);
      return Promise.resolve(seen);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no such message in time')), timeoutMs);
      this.waiters.push({ test, resolve: (m) => { clearTimeout(timer); this.messages.splice(this.messages.indexOf(m), 1); resolve(m); } });
    });
  }

  /** The analysis of the texts as they are after every change sent so far. */
  analysis(): Promise<Analysis> {
    const revision = this.revision;
    return this.next((m) => m.type === 'analysis' && m.revision === revision) as Promise<Analysis>;
  }

  change(file: string, text: string): void {
    this.revision++;
    this.socket.send(JSON.stringify({ type: 'change', file, text } satisfies ClientMessage));
  }

  async request<T>(message: Record<string, unknown> & { type: string }): Promise<T> {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ ...message, id }));
    const reply = await this.next((m) => m.type === 'reply' && m.id === id);
    return (reply as { result: T }).result;
  }

  close(): void {
    this.socket.close();
  }
}

/** Calls the HTTP API as the page does (own origin, the tab's session). */
export async function api(port: number, session: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${port}`, 'X-Playground-Session': session, ...headers },
    body: body instanceof Uint8Array ? body : JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

/** A playground with one page connected and its first check received; `login` is login.flow's text. */
export type TestTab = { t: Awaited<ReturnType<typeof startTestPlayground>>; page: PageSocket; session: string; login: string };

/** Starts a playground and opens a tab on it, closed and removed with `close()`. */
export async function openTestTab(): Promise<TestTab & { close(): Promise<void> }> {
  const t = await startTestPlayground();
  const { page, hello } = await PageSocket.open(t.playground.port);
  await page.analysis();
  const login = hello.files.find((f) => f.name === 'login.flow')!.text;
  return { t, page, session: hello.session, login, async close() { page.close(); await t.stop(); } };
}
