/**
 * The effect consumer that feeds insight: counts each turn's `routed`, `clarified`, `flow` and
 * `reprompt` effects in memory at once (no I/O on the turn's path) and adds them to the store
 * every few seconds and on close. A batch that cannot be written (Redis down) is kept for the
 * next flush, up to a bound, and then dropped with a warning: insight is never worth a turn.
 */
import type { Effect } from '../turn.js';
import type { InsightStore } from './insight-store.js';
import { InsightBatch } from './tally.js';

/** Options of {@link createInsightRecorder}. */
export interface InsightRecorderOptions {
  store: InsightStore;
  /** How often the counts go to the store; 0 = on every record (tests, memory). */
  flushEveryMs?: number;
  /** The clock (epoch ms). */
  now?: () => number;
  /** Told when a flush fails (the counts are kept for the next one). */
  onError?: (error: unknown) => void;
}

/** Distinct fields held while the store cannot be written; beyond it a batch is dropped. */
export const MAX_PENDING_FIELDS = 20_000;

/** Counts effects and writes them to an {@link InsightStore}. */
export interface InsightRecorder {
  /** The runtime's effect consumer: cheap, synchronous, never throws. */
  record(effect: Effect): void;
  /** Writes what is counted so far. */
  flush(): Promise<void>;
  /** Flushes, stops the timer and closes the store. */
  close(): Promise<void>;
  readonly store: InsightStore;
}

const COUNTED: ReadonlySet<Effect['type']> = new Set(['routed', 'clarified', 'flow', 'reprompt']);

/** Builds a recorder; with `flushEveryMs` > 0 a timer (not holding the process open) flushes. */
export function createInsightRecorder(options: InsightRecorderOptions): InsightRecorder {
  const { store } = options;
  const now = options.now ?? Date.now;
  const every = options.flushEveryMs ?? 5000;
  let batch = new InsightBatch();
  let flushing: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    flushing = flushing.then(async () => {
      if (batch.empty) return;
      const taken = batch;
      batch = new InsightBatch();
      try {
        await store.add(taken);
      } catch (error) {
        options.onError?.(error);
        // Keep the counts for the next flush unless that would grow without bound.
        if (taken.size + batch.size <= MAX_PENDING_FIELDS) {
          taken.merge(batch);
          batch = taken;
        }
      }
    });
    return flushing;
  };

  const timer = every > 0 ? setInterval(() => void flush(), every) : undefined;
  timer?.unref();

  return {
    store,
    record(effect) {
      if (!COUNTED.has(effect.type)) return;
      try {
        batch.addEffect(effect, now());
      } catch (error) {
        options.onError?.(error);
        return;
      }
      if (every === 0) void flush();
    },
    flush,
    async close() {
      if (timer) clearInterval(timer);
      await flush();
      await store.close();
    },
  };
}
