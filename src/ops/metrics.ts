/**
 * The process's Prometheus metrics (prom-client), served at `/metrics`. One registry per
 * process (not prom-client's global one, so tests and benchmarks can build several) and typed
 * recording methods instead of raw metric objects. The per-turn counters and histograms are
 * {@link CounterFamily}/{@link HistogramFamily} (a map look-up and an add each); the gauges and
 * the process metrics are prom-client's own.
 *
 * Label values come from bounded sets (channels, topic ids, ticket statuses, store operations);
 * the one open set, error kinds, is capped at {@link MAX_ERROR_KINDS}.
 */
import { Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { CounterFamily, HistogramFamily, asRegistered } from './metric-families.js';

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

/** Builds the metrics of one process. */
export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics !== false) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const register = <F extends CounterFamily | HistogramFamily>(family: F): F => {
    registry.registerMetric(asRegistered(family));
    return family;
  };

  const build = new Gauge({ name: 'dsh_build_info', help: 'Always 1; the labels name what runs (package and guide graph version).', labelNames: ['version', 'graph'], registers });
  const turns = register(new CounterFamily('dsh_turns_total', 'Conversation turns handled, by channel and result.', ['channel', 'result']));
  const turnSeconds = register(new HistogramFamily('dsh_turn_duration_seconds', 'Time of one turn in the runtime (lock, load, step, save, effects).', ['channel'], TURN_BUCKETS));
  const routed = register(new CounterFamily('dsh_routed_total', 'Free-text questions routed, by topic and outcome (topic, clarify, unknown).', ['topic', 'outcome']));
  const clarified = register(new CounterFamily('dsh_clarify_answers_total', 'Answers to a clarifying question, by the topic chosen (or menu).', ['chosen']));
  const flow = register(new CounterFamily('dsh_flow_events_total', 'Funnel moments of guide topics (started, step, completed, ticket, left).', ['topic', 'event']));
  const reprompts = register(new CounterFamily('dsh_reprompts_total', 'Questions asked again because the answer was not understood, by topic.', ['topic']));
  const tickets = register(new CounterFamily('dsh_tickets_total', 'Ticket drafts entering a status.', ['status']));
  const errors = register(new CounterFamily('dsh_errors_total', 'Errors by kind (the message of each error log line).', ['kind']));
  const storeSeconds = register(new HistogramFamily('dsh_store_duration_seconds', 'Session store calls, by operation and result.', ['op', 'result'], STORE_BUCKETS));
  const dedupe = register(new CounterFamily('dsh_dedupe_hits_total', 'Deliveries seen before and dropped (platform retries), by channel.', ['channel']));

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

  const errorKinds = new Set<string>();

  function error(kind: string): void {
    if (!errorKinds.has(kind)) {
      if (errorKinds.size >= MAX_ERROR_KINDS) kind = 'other';
      else errorKinds.add(kind);
    }
    errors.child(kind).n += 1;
  }

  return {
    registry,
    contentType: registry.contentType,
    turn(channel, seconds, result) {
      turns.child(channel, result).n += 1;
      turnSeconds.observe(turnSeconds.child(channel), seconds);
    },
    routed: (topic, outcome) => void (routed.child(topic, outcome).n += 1),
    clarified: (chosen) => void (clarified.child(chosen).n += 1),
    flow: (topic, event) => void (flow.child(topic, event).n += 1),
    reprompt: (topic) => void (reprompts.child(topic).n += 1),
    ticket: (status) => void (tickets.child(status).n += 1),
    error,
    storeCall: (op, seconds, ok) => storeSeconds.observe(storeSeconds.child(op, ok ? 'ok' : 'error'), seconds),
    dedupeHit: (channel) => void (dedupe.child(channel).n += 1),
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
