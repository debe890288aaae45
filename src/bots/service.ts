/**
 * The channel-independent half of the running bot: graph, router, session and ticket stores,
 * runtime, helpdesk queue. Built once per process and shared by every channel adapter.
 */
import type { Logger } from 'pino';
import { loadGraph } from '../dialogs/graph-loader.js';
import type { Graph } from '../dialogs/graph.js';
import { createHelpdeskQueue, type HelpdeskQueue } from '../dialogs/helpdesk/index.js';
import { withHelpdeskReplies } from '../dialogs/helpdesk/index.js';
import { createRouter } from '../dialogs/router/index.js';
import { createRuntime } from '../dialogs/runtime.js';
import { createSessionStore, type SessionStore } from '../dialogs/state/index.js';
import { createTicketStore, type TicketStore } from '../dialogs/state/index.js';
import type { TurnHandler } from '../dialogs/turn.js';
import type { Config } from './config.js';

/** What the adapters need from the core. */
export interface BotService {
  graph: Graph;
  queue: HelpdeskQueue;
  /** The runtime wrapped so an employee's answer to a helpdesk question reaches the draft. */
  handleTurn: TurnHandler;
  close(): Promise<void>;
}

/** Loads the graph and wires stores (Redis when REDIS_URL is set), runtime and helpdesk queue. */
export async function createBotService(config: Config, logger: Logger, graphPath?: string): Promise<BotService> {
  const graph = await loadGraph(graphPath);
  const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
  // Every reconnect attempt fails while Redis is down: one line when it goes, one when it is back.
  const watch = (what: string) => ({
    onError: (error: unknown) => logger.debug({ err: message(error) }, `${what} connection error`),
    onDown: (error: unknown) => logger.error({ err: message(error) }, `redis unreachable (${what}); users are asked to try again; retrying in the background`),
    onUp: () => logger.info(`redis reachable again (${what})`),
  });
  const redis = config.REDIS_URL ? { url: config.REDIS_URL } : {};
  // With Redis, several replicas may serve one webhook: lock conversations there too.
  const sessions: SessionStore = createSessionStore({ ...redis, distributedLock: Boolean(config.REDIS_URL), ...watch('session store') });
  const tickets: TicketStore = createTicketStore({ ...redis, ...watch('ticket store') });
  // Connected before the first message, not by it; a Redis that is down is reported right away.
  sessions.warmUp();
  tickets.warmUp();
  const queue = createHelpdeskQueue({
    store: tickets,
    users: { telegram: config.HELPDESK_TELEGRAM_USER_IDS, slack: config.HELPDESK_SLACK_USER_IDS },
    logger,
  });
  const runtime = createRuntime({
    graph, store: sessions, router: createRouter(graph), logger,
    onEffect: (effect) => queue.onEffect(effect),
  });
  logger.info({ graphVersion: graph.version, store: sessions.kind }, 'conversation graph loaded');
  return {
    graph,
    queue,
    handleTurn: withHelpdeskReplies(runtime, queue, logger),
    async close() {
      await Promise.allSettled([sessions.close(), tickets.close()]);
    },
  };
}
