/**
 * The page's WebSocket to the playground server: edits out, diagnostics in, and requests
 * (completion, definition, graph pictures) answered by id.
 */
import type { ClientMessage, ServerMessage } from '../protocol.js';

type Hello = Extract<ServerMessage, { type: 'hello' }>;
type Analysis = Extract<ServerMessage, { type: 'analysis' }>;
type Request = ClientMessage extends infer M ? (M extends { id: number } ? Omit<M, 'id'> : never) : never;

/** The language channel of one tab. */
export class LanguageConnection {
  private socket: WebSocket | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  /** How many changes were sent: an analysis with this revision is about the current texts. */
  revision = 0;
  onAnalysis: (analysis: Analysis) => void = () => undefined;
  onClose: () => void = () => undefined;

  /** Connects and resolves with the server's hello (the tab's session and files). */
  connect(): Promise<Hello> {
    const socket = new WebSocket(`ws://${location.host}/ws`);
    this.socket = socket;
    return new Promise((resolve, reject) => {
      socket.addEventListener('error', () => reject(new Error('cannot reach the playground server')));
      socket.addEventListener('close', () => {
        for (const p of this.pending.values()) p.reject(new Error('connection closed'));
        this.pending.clear();
        this.onClose();
      });
      socket.addEventListener('message', (event) => {
        const message = JSON.parse(String(event.data)) as ServerMessage;
        if (message.type === 'hello') resolve(message);
        else if (message.type === 'analysis') this.onAnalysis(message);
        else if (message.type === 'reply') {
          const waiting = this.pending.get(message.id);
          this.pending.delete(message.id);
          if (message.error) waiting?.reject(new Error(message.error));
          else waiting?.resolve(message.result);
        }
      });
    });
  }

  /** Sends a draft's new text. */
  change(file: string, text: string): void {
    this.revision++;
    this.send({ type: 'change', file, text });
  }

  /** Sends a request and resolves with its reply. */
  request<T>(request: Request): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.send({ ...request, id } as ClientMessage);
    });
  }

  private send(message: ClientMessage): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }
}
