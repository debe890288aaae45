/**
 * Where insight counts are kept: in memory (one process; lost on restart), or in Redis when a
 * URL is given (every replica adds to the same counts; `stats` reads them from anywhere).
 * Bounded: per period the `MAX_QUESTIONS` most frequent questions, a funnel the size of the
 * guide, and periods expire after `RETENTION_MS` (a quarter for days, two years for weeks).
 *
 * Not keyv's get/set like the other stores: counting from several replicas needs atomic
 * increments (HINCRBY, ZINCRBY), which keyv does not offer; the Redis connection is the same
 * keyv backend's, with the same reconnection and time bounds.
 */
import type { PeriodKind } from './periods.js';
import type { InsightBatch, PeriodCounts } from './tally.js';

/** Insight counts by period. */
export interface InsightStore {
  readonly kind: 'memory' | 'redis';
  /** Adds a batch (each field atomically: replicas may add at the same moment). */
  add(batch: InsightBatch): Promise<void>;
  /** Ids of up to `limit` periods of `kind` that have counts, newest first. */
  periods(kind: PeriodKind, limit: number): Promise<string[]>;
  /** The counts of one period (empty when it has none). */
  read(kind: PeriodKind, id: string): Promise<PeriodCounts>;
  close(): Promise<void>;
}

/** Options of {@link createInsightStore}. */
export interface InsightStoreOptions {
  /** `redis://` URL; memory without it. */
  url?: string;
  /** Key prefix in Redis (default `dsh:insight`). */
  namespace?: string;
  /** Bound of each Redis call. */
  timeoutMs?: number;
  onError?: (error: unknown) => void;
  /** The clock for expiry (tests). */
  now?: () => number;
}
