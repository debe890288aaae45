/**
 * The channel-independent half of the running bot: graph, router, session and ticket stores,
 * runtime, helpdesk queue, and the maintainers' insight. Built once per process and shared by
 * every channel adapter; with `metrics` the stores and the runtime report to it.
 */
import type { Logger } from 'pino';
import { loadGraph } from '../dialogs/graph-loader.js';
import type { Graph } from '../dialogs/graph.js';
import { createHelpdeskQueue, type HelpdeskQueue } from '../dialogs/helpdesk/index.js';
import { withHelpdeskReplies } from '../dialogs/helpdesk/index.js';
import { createInsightRecorder, createInsightStore, type InsightRecorder } from '../dialogs/insight/index.js';
import { createRouter } from '../dialogs/router/index.js';
import { createRuntime } from '../dialogs/runtime.js';
import { createSessionStore, observeSessionStore, type SessionStore } from '../dialogs/state/index.js';
import { OPEN_STATUSES, createTicketStore, observeTicketStore, type TicketStore } from '../dialogs/state/index.js';
import type { TurnHandler } from '../dialogs/turn.js';
import type { Metrics } from '../ops/metrics.js';
import type { Config } from './config.js';
import { metricsObservers } from './observe.js';

/** What the adapters need from the core. */
export interface BotService {
  graph: Graph;
  queue: HelpdeskQueue;
  /** The runtime wrapped so an employee's answer to a helpdesk question reaches the draft. */
  handleTurn: TurnHandler;
  /** The conversations' store (`/readyz` pings it). */
  sessions: SessionStore;
  /** The maintainers' insight counts (written every few seconds and on close). */
  insight: InsightRecorder;
  close(): Promise<void>;
}

/** Options of {@link createBotService}. */
export interface BotServiceOptions {
  /** Records turns, store calls, tickets and effects (and reads open tickets at scrape time). */
  metrics?: Metrics;
  graphPath?: string;
}

/** Loads the graph and wires stores (Redis when REDIS_URL is set), runtime, helpdesk queue and insight. */
export async function createBotService(config: Config, logger: Logger, options: BotServiceOptions = {}): Promise<BotService> {
  const graph = await loadGraph(options.graphPath);
  const observers = options.metrics ? metricsObservers(options.metrics) : undefined;
  const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
  // Every reconnect attempt fails while Redis is down: one line when it goes, one when it is back.
  const watch = (what: string) => ({
    onError: (error: unknown) => logger.debug({ err: message(error) }, `${what} connection error`),
    onDown: (error: unknown) => logger.error({ err: message(error) }, `redis unreachable (${what}); users are asked to try again; retrying in the background`),
    onUp: () => logger.info(`redis reachable again (${what})`),
  });
  const redis = config.REDIS_URL ? { url: config.REDIS_URL } : {};
  // With Redis, several replicas may serve one webhook: lock conversations there too.
  let sessions: SessionStore = createSessionStore({ ...redis, distributedLock: Boolean(config.REDIS_URL), ...watch('session store') });
  let tickets: TicketStore = createTicketStore({ ...redis, ...watch('ticket store') });
  // Connected before the first message, not by it; a Redis that is down is reported right away.
  sessions.warmUp();
  tickets.warmUp();
  if (observers) {
    sessions = observeSessionStore(sessions, observers.store);
    tickets = observeTicketStore(tickets, observers.tickets);
  }
  const queue = createHelpdeskQueue({
    store: tickets,
    users: { telegram: config.HELPDESK_TELEGRAM_USER_IDS, slack: config.HELPDESK_SLACK_USER_IDS },
    logger,
  });
  const insight = createInsightRecorder({
    store: createInsightStore({ ...redis, onError: watch('insight store').onError }),
    onError: (error) => logger.warn({ err: message(error) }, 'insight counts not written yet'),
  });
  const runtime = createRuntime({
    graph, store: sessions, router: createRouter(graph), logger,
    ...(observers ? { observer: observers.turns } : {}),
    onEffect: (effect) => {
      observers?.effect(effect);
      insight.record(effect);
      return queue.onEffect(effect);
    },
  });
  options.metrics?.openTicketsFrom(async () => {
    // Every open status is reported, 0 included, so a drained queue reads 0, not "no data".
    const counts: Record<string, number> = Object.fromEntries(OPEN_STATUSES.map((s) => [s, 0]));
    for (const draft of await queue.listOpen()) counts[draft.status] = (counts[draft.status] ?? 0) + 1;
    return counts;
  });
  logger.info({ graphVersion: graph.version, store: sessions.kind }, 'conversation graph loaded');
  return {
    graph,
    queue,
    handleTurn: withHelpdeskReplies(runtime, queue, logger),
    sessions,
    insight,
    async close() {
      await Promise.allSettled([insight.close(), sessions.close(), tickets.close()]);
    },
  };
}
