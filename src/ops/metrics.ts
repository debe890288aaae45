/**
 * The process's Prometheus metrics (prom-client), served at `/metrics`. One registry per
 * process (not prom-client's global one, so tests and benchmarks can build several), typed
 * recording methods instead of raw metric objects, and label children cached so a turn's few
 * observations cost a map look-up each, not a label hash.
 *
 * Label values come from bounded sets (channels, topic ids, ticket statuses, store operations);
 * the one open set, error kinds, is capped at {@link MAX_ERROR_KINDS}.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Distinct `kind` label values of `dsh_errors_total`; further kinds count as `other`. */
export const MAX_ERROR_KINDS = 40;

/** Counts per ticket status, for the `dsh_tickets_open` gauge (read at scrape time). */
export type StatusCounts = Record<string, number>;

/** What the composition root records; every method is cheap and never throws. */
export interface Metrics {
  readonly registry: Registry;
  /** The `content-type` of {@link Metrics.text}. */
  readonly contentType: string;
  /** One turn handled on `channel` in `seconds`; `result` is `answered`, `store-error` or `failed`. */
  turn(channel: string, seconds: number, result: string): void;
  /** A free-text question was placed: `outcome` `topic`, `clarify` or `unknown`. */
  routed(topic: string, outcome: string): void;
  /** The answer to a clarifying question: the topic chosen, or `menu`. */
  clarified(chosen: string): void;
  /** A funnel moment of a topic (`started`, `step`, `completed`, `ticket`, `left`). */
  flow(topic: string, event: string): void;
  /** A question asked again because the answer was not understood. */
  reprompt(topic: string): void;
  /** A ticket draft entered `status`. */
  ticket(status: string): void;
  /** Something went wrong; `kind` is a short fixed text (an error log line's message). */
  error(kind: string): void;
  /** One session store call (`load`, `save`, `delete`, `lock`, `ping`). */
  storeCall(op: string, seconds: number, ok: boolean): void;
  /** A platform delivered an event again and dedupe dropped it. */
  dedupeHit(channel: string): void;
  /** Sets `dsh_build_info` (known once the graph is loaded). */
  buildInfo(labels: { version: string; graph: string }): void;
  /** Where the open-tickets gauge reads its counts (at scrape time). */
  openTicketsFrom(source: () => Promise<StatusCounts>): void;
  /** The exposition text. */
  text(): Promise<string>;
}

/** Options of {@link createMetrics}. */
export interface MetricsOptions {
  /** Node.js process metrics (CPU, memory, event loop lag, GC); on by default. */
  processMetrics?: boolean;
}

const TURN_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
// Store calls are bounded at 2 s (src/dialogs/state/store-errors.ts).
const STORE_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2];

/** Caches the label children of one metric by their values. */
function childrenOf<C>(make: (...values: string[]) => C): (...values: string[]) => C {
  const cache = new Map<string, C>();
  return (...values) => {
    const key = values.length === 1 ? values[0]! : values.join('\u0001');
    let child = cache.get(key);
    if (child === undefined) {
      child = make(...values);
      cache.set(key, child);
    }
    return child;
  };
}

/** Builds the metrics of one process. */
export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics !== false) collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const build = new Gauge({ name: 'dsh_build_info', help: 'Always 1; the labels name what runs (package and guide graph version).', labelNames: ['version', 'graph'], registers });

  const turns = new Counter({ name: 'dsh_turns_total', help: 'Conversation turns handled, by channel and result.', labelNames: ['channel', 'result'], registers });
  const turnSeconds = new Histogram({ name: 'dsh_turn_duration_seconds', help: 'Time of one turn in the runtime (lock, load, step, save, effects).', labelNames: ['channel'], buckets: TURN_BUCKETS, registers });
  const routed = new Counter({ name: 'dsh_routed_total', help: 'Free-text questions routed, by topic and outcome (topic, clarify, unknown).', labelNames: ['topic', 'outcome'], registers });
  const clarified = new Counter({ name: 'dsh_clarify_answers_total', help: 'Answers to a clarifying question, by the topic chosen (or menu).', labelNames: ['chosen'], registers });
  const flow = new Counter({ name: 'dsh_flow_events_total', help: 'Funnel moments of guide topics (started, step, completed, ticket, left).', labelNames: ['topic', 'event'], registers });
  const reprompts = new Counter({ name: 'dsh_reprompts_total', help: 'Questions asked again because the answer was not understood, by topic.', labelNames: ['topic'], registers });
  const tickets = new Counter({ name: 'dsh_tickets_total', help: 'Ticket drafts entering a status.', labelNames: ['status'], registers });
  const errors = new Counter({ name: 'dsh_errors_total', help: 'Errors by kind (the message of each error log line).', labelNames: ['kind'], registers });
  const storeSeconds = new Histogram({ name: 'dsh_store_duration_seconds', help: 'Session store calls, by operation and result.', labelNames: ['op', 'result'], buckets: STORE_BUCKETS, registers });
  const dedupe = new Counter({ name: 'dsh_dedupe_hits_total', help: 'Deliveries seen before and dropped (platform retries), by channel.', labelNames: ['channel'], registers });

  let openSource: (() => Promise<StatusCounts>) | undefined;
  new Gauge({
    name: 'dsh_tickets_open', help: 'Ticket drafts the helpdesk still has to act on, by status (read from the ticket store).',
    labelNames: ['status'], registers,
    async collect() {
      if (!openSource) return;
      // A failing store keeps the last values; the failure shows in dsh_errors_total.
      const counts = await openSource().catch(() => undefined);
      if (!counts) return error('tickets_open scrape failed');
      this.reset();
      for (const [status, n] of Object.entries(counts)) this.set({ status }, n);
    },
  });

  const turnChild = childrenOf((channel, result) => turns.labels(channel, result));
  const turnSecondsChild = childrenOf((channel) => turnSeconds.labels(channel));
  const routedChild = childrenOf((topic, outcome) => routed.labels(topic, outcome));
  const clarifiedChild = childrenOf((chosen) => clarified.labels(chosen));
  const flowChild = childrenOf((topic, event) => flow.labels(topic, event));
  const repromptChild = childrenOf((topic) => reprompts.labels(topic));
  const ticketChild = childrenOf((status) => tickets.labels(status));
  const storeChild = childrenOf((op, result) => storeSeconds.labels(op, result));
  const dedupeChild = childrenOf((channel) => dedupe.labels(channel));
  const errorKinds = new Set<string>();

  function error(kind: string): void {
    if (!errorKinds.has(kind)) {
      if (errorKinds.size >= MAX_ERROR_KINDS) kind = 'other';
      else errorKinds.add(kind);
    }
    errors.labels(kind).inc();
  }

  return {
    registry,
    contentType: registry.contentType,
    turn(channel, seconds, result) {
      turnChild(channel, result).inc();
      turnSecondsChild(channel).observe(seconds);
    },
    routed: (topic, outcome) => routedChild(topic, outcome).inc(),
    clarified: (chosen) => clarifiedChild(chosen).inc(),
    flow: (topic, event) => flowChild(topic, event).inc(),
    reprompt: (topic) => repromptChild(topic).inc(),
    ticket: (status) => ticketChild(status).inc(),
    error,
    storeCall: (op, seconds, ok) => storeChild(op, ok ? 'ok' : 'error').observe(seconds),
    dedupeHit: (channel) => dedupeChild(channel).inc(),
    buildInfo(labels) {
      build.reset();
      build.set(labels, 1);
    },
    openTicketsFrom(source) {
      openSource = source;
    },
    text: () => registry.metrics(),
  };
}
