/**
 * The conversational core in one call: the graph, the router, a session store, the runtime and
 * the insight recorder, for the command-line conversations (`chat`, `replay`). The bot process composes more (ticket
 * store, helpdesk queue) in src/bots/service.ts.
 */
import type { Logger } from 'pino';
import type { Graph } from './graph.js';
import { loadGraph } from './graph-loader.js';
import { type Router, createRouter } from './router/index.js';
import { type SessionStore, createSessionStore } from './state/index.js';
import { createRuntime } from './runtime.js';
import type { TurnHandler } from './turn.js';
import { createInsightRecorder, createInsightStore, type InsightRecorder } from './insight/index.js';

/** A ready-to-talk application. */
export interface AppContext {
  graph: Graph;
  router: Router;
  store: SessionStore;
  logger: Logger;
  handle: TurnHandler;
  /** Counts what the maintainers' `stats` shows (in the same store as the conversations). */
  insight: InsightRecorder;
  /** Writes the last insight counts and closes the stores. */
  close(): Promise<void>;
}

/** Options of {@link createAppContext}. */
export interface AppContextOptions {
  logger: Logger;
  storeUrl?: string;
  graphPath?: string;
}

/** Loads the graph and wires router, store and runtime. */
export async function createAppContext(options: AppContextOptions): Promise<AppContext> {
  const { logger } = options;
  const graph = await loadGraph(options.graphPath);
  const router = createRouter(graph);
  const store = createSessionStore({
    ...(options.storeUrl ? { url: options.storeUrl } : {}),
    onError: (error) => logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'store connection error'),
  });
  const insight = createInsightRecorder({
    store: createInsightStore({ ...(options.storeUrl ? { url: options.storeUrl } : {}) }),
    onError: (error) => logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'insight not written'),
  });
  const handle = createRuntime({ graph, store, router, logger, onEffect: (effect) => insight.record(effect) });
  return {
    graph, router, store, logger, handle, insight,
    async close() {
      await Promise.allSettled([insight.close(), store.close()]);
    },
  };
}
