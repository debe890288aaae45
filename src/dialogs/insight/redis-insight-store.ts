/**
 * Insight counts in Redis, shared by every replica. Per period (`<ns>:<kind>:<id>:…`):
 * `:q` and `:c` sorted sets (member = the field, score = its count; ZINCRBY, then trimmed to
 * the {@link MAX_QUESTIONS} highest), `:f` a hash of funnel counts (HINCRBY); each key expires
 * after the period's retention. `<ns>:<kind>:periods` is a sorted set of period ids by start.
 * A batch is one MULTI: one round trip, off the turn's path (the recorder flushes in the
 * background).
 */
import { createKeyvBackend } from '../state/index.js';
import { bounded } from '../state/index.js';
import type { InsightStore } from './insight-store.js';
import { RETENTION_MS, type PeriodKind } from './periods.js';
import { MAX_QUESTIONS, emptyCounts, type PeriodCounts } from './tally.js';

/** Options of {@link createRedisInsightStore}. */
export interface RedisInsightStoreOptions {
  url: string;
  namespace: string;
  timeoutMs: number;
  onError: (error: unknown) => void;
}

/** The Redis store. */
export function createRedisInsightStore(options: RedisInsightStoreOptions): InsightStore {
  const { namespace: ns, timeoutMs } = options;
  const backend = createKeyvBackend({ url: options.url, namespace: ns, timeoutMs, onError: options.onError });
  const periodKey = (kind: PeriodKind, id: string) => `${ns}:${kind}:${id}`;
  const indexKey = (kind: PeriodKind) => `${ns}:${kind}:periods`;

  return {
    kind: 'redis',
    async add(batch) {
      if (batch.empty) return;
      await bounded('insight add', timeoutMs, async () => {
        const client = await backend.connected();
        const multi = client.multi();
        const now = Date.now();
        for (const p of batch.entries()) {
          const base = periodKey(p.kind, p.id);
          const expiresAt = Math.ceil((p.start + RETENTION_MS[p.kind]) / 1000);
          for (const bucket of ['q', 'c'] as const) {
            const key = `${base}:${bucket}`;
            if (p.counts[bucket].size === 0) continue;
            for (const [field, by] of p.counts[bucket]) multi.zIncrBy(key, by, field);
            // Keep the most frequent: rank 0 is the lowest score.
            multi.zRemRangeByRank(key, 0, -(MAX_QUESTIONS + 1));
            multi.expireAt(key, expiresAt);
          }
          if (p.counts.f.size > 0) {
            for (const [field, by] of p.counts.f) multi.hIncrBy(`${base}:f`, field, by);
            multi.expireAt(`${base}:f`, expiresAt);
          }
          multi.zAdd(indexKey(p.kind), { score: p.start, value: p.id });
          multi.zRemRangeByScore(indexKey(p.kind), '-inf', now - RETENTION_MS[p.kind]);
        }
        await multi.exec();
      });
    },
    async periods(kind, limit) {
      return bounded('insight periods', timeoutMs, async () => {
        const client = await backend.connected();
        return client.zRange(indexKey(kind), 0, limit - 1, { REV: true });
      });
    },
    async read(kind, id) {
      return bounded('insight read', timeoutMs, async () => {
        const client = await backend.connected();
        const base = periodKey(kind, id);
        const [q, c, f] = await Promise.all([
          client.zRangeWithScores(`${base}:q`, 0, -1, { REV: true }),
          client.zRangeWithScores(`${base}:c`, 0, -1, { REV: true }),
          client.hGetAll(`${base}:f`),
        ]);
        const counts: PeriodCounts = emptyCounts();
        for (const { value, score } of q) counts.q.set(String(value), score);
        for (const { value, score } of c) counts.c.set(String(value), score);
        for (const [field, n] of Object.entries(f as Record<string, string>)) counts.f.set(field, Number(n));
        return counts;
      });
    },
    close: backend.close,
  };
}
