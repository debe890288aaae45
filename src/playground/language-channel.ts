/**
 * The page's WebSocket: a tab is opened when it connects and closed when it goes. It carries
 * the language traffic: whole-text edits in, diagnostics and graph versions pushed back after
 * each check, and requests (completion, definition, a picture of the graph) answered by id.
 */
import type { WebSocket } from 'ws';
import { z } from 'zod';
import type { Logger } from 'pino';
import { displayPath } from '../kb/paths.js';
import { PlaygroundTab, type TabAnalysis, type TabContext } from './playground-tab.js';
import type { GraphPictures } from './graph-pictures.js';
import type { ClientMessage, ServerMessage } from './protocol.js';

const Offset = z.number().int().nonnegative();
const ClientMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('change'), file: z.string(), text: z.string().max(1_000_000) }),
  z.object({ type: z.literal('complete'), id: z.number().int(), file: z.string(), offset: Offset }),
  z.object({ type: z.literal('definition'), id: z.number().int(), file: z.string(), offset: Offset }),
  z.object({ type: z.literal('render'), id: z.number().int(), topic: z.string().optional() }),
]);

/** What the channel needs besides the tab context. */
export type ChannelContext = TabContext & { pictures: GraphPictures; tabs: Map<string, PlaygroundTab>; logger: Logger };

function analysisMessage(a: TabAnalysis): ServerMessage {
  const graph = a.graph && {
    version: a.graph.version,
    topics: Object.values(a.graph.topics).map((t) => ({ id: t.id, title: t.title.id })),
    steps: a.steps,
  };
  return { type: 'analysis', revision: a.revision, ms: a.ms, diagnostics: a.diagnostics, ...(graph ? { graph } : {}) };
}

/** Opens a tab for a new connection and serves it until the connection closes. */
export async function serveLanguageChannel(socket: WebSocket, context: ChannelContext, keywords: string[]): Promise<void> {
  const send = (message: ServerMessage): void => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };
  // A broken frame must end this tab's socket, never the process (an unhandled 'error' would).
  socket.on('error', () => socket.terminate());
  const texts = await context.folder.readAll();
  if (socket.readyState !== socket.OPEN) return;
  const tab = new PlaygroundTab(context, texts, (a) => send(analysisMessage(a)));
  context.tabs.set(tab.id, tab);
  socket.on('close', () => {
    context.tabs.delete(tab.id);
    context.uploads.forget(tab.id);
    void tab.close();
  });

  socket.on('message', (data) => void onMessage(data.toString()));
  send({ type: 'hello', session: tab.id, files: [...texts].map(([name, text]) => ({ name, text })), keywords, flowsDir: displayPath(context.folder.dir) });
  tab.check();
  void context.language.prepare(tab.id, new Map(texts)).catch(() => undefined);

  async function onMessage(raw: string): Promise<void> {
    let message: ClientMessage;
    try {
      message = ClientMessageSchema.parse(JSON.parse(raw)) as ClientMessage;
    } catch {
      socket.close(1003, 'not a playground message');
      return;
    }
    if (message.type === 'change') {
      try {
        tab.change(message.file, message.text);
      } catch (error) {
        context.logger.warn({ file: message.file }, 'playground: change of an unknown file refused');
      }
      return;
    }
    try {
      send({ type: 'reply', id: message.id, result: await answer(message) });
    } catch (error) {
      send({ type: 'reply', id: message.id, result: null, error: error instanceof Error ? error.message : String(error) });
    }
  }

  async function answer(message: Exclude<ClientMessage, { type: 'change' }>): Promise<unknown> {
    switch (message.type) {
      case 'complete':
        return context.language.complete(tab.id, tab.drafts, message.file, message.offset);
      case 'definition':
        return context.language.definition(tab.id, tab.drafts, message.file, message.offset);
      case 'render': {
        const graph = tab.graph;
        if (!graph) return null;
        const topic = message.topic && graph.topics[message.topic] ? message.topic : undefined;
        return { version: graph.version, ...(topic ? { topic } : {}), svg: await context.pictures.svg(graph, topic) };
      }
    }
  }
}
