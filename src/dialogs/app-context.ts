/**
 * What every conversational command needs: the graph, the router, a store, the runtime.
 * Logs go to stderr so stdout carries only the command's own output.
 */
import type { Logger } from 'pino';
import type { Graph } from './graph.js';
import { loadGraph } from './graph-loader.js';
import { type Router, createRouter } from './router/router.js';
import { type SessionStore, createSessionStore } from './state/session-store.js';
import { createRuntime } from './runtime.js';
import type { TurnHandler } from './turn.js';
import { createLogger } from '../ops/logger.js';

/** A ready-to-talk application. */
export interface AppContext {
  graph: Graph;
  router: Router;
  store: SessionStore;
  logger: Logger;
  handle: TurnHandler;
}

/** Options of {@link createAppContext}. */
export interface AppContextOptions {
  storeUrl?: string;
  graphPath?: string;
  logLevel?: string;
}

/** Loads the graph and wires router, store and runtime. */
export async function createAppContext(options: AppContextOptions = {}): Promise<AppContext> {
  const logger = createLogger({ level: options.logLevel ?? process.env['LOG_LEVEL'] ?? 'warn', destination: 'stderr' });
  const graph = await loadGraph(options.graphPath ?? process.env['DS_HELPDESK_GRAPH'] ?? undefined);
  const router = createRouter(graph);
  const store = createSessionStore({
    ...(options.storeUrl ? { url: options.storeUrl } : {}),
    onError: (error) => logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'store connection error'),
  });
  const handle = createRuntime({ graph, store, router, logger });
  return { graph, router, store, logger, handle };
}

/** Reads `--name value` from `args`. */
export function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  if (at >= 0) return args[at + 1];
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  return inline?.slice(name.length + 3);
}
