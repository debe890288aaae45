/**
 * Insight counts in this process's memory: what `chat`, `replay` and a bot without REDIS_URL
 * keep (lost when the process ends). Same bounds as in Redis.
 */
import type { InsightStore } from './insight-store.js';
import { RETENTION_MS, type PeriodKind } from './periods.js';
import { MAX_QUESTIONS, emptyCounts, type PeriodCounts } from './tally.js';

/** The `max` largest counts of `counts`; among equal counts the later fields stay, as in Redis. */
export function keepTop(counts: Map<string, number>, max: number): Map<string, number> {
  if (counts.size <= max) return counts;
  const kept = [...counts].sort((a, b) => b[1] - a[1] || (a[0] > b[0] ? -1 : 1)).slice(0, max);
  return new Map(kept);
}

/** A store in memory; `now` is the clock for expiry. */
export function createMemoryInsightStore(now: () => number = Date.now): InsightStore {
  const periods = new Map<string, { kind: PeriodKind; id: string; start: number; counts: PeriodCounts }>();
  return {
    kind: 'memory',
    async add(batch) {
      for (const p of batch.entries()) {
        const key = `${p.kind}:${p.id}`;
        let entry = periods.get(key);
        if (!entry) {
          entry = { kind: p.kind, id: p.id, start: p.start, counts: emptyCounts() };
          periods.set(key, entry);
        }
        for (const bucket of ['q', 'c', 'f'] as const) {
          const target = entry.counts[bucket];
          for (const [field, by] of p.counts[bucket]) target.set(field, (target.get(field) ?? 0) + by);
        }
        entry.counts.q = keepTop(entry.counts.q, MAX_QUESTIONS);
        entry.counts.c = keepTop(entry.counts.c, MAX_QUESTIONS);
      }
      for (const [key, entry] of periods) if (entry.start < now() - RETENTION_MS[entry.kind]) periods.delete(key);
    },
    async periods(kind, limit) {
      return [...periods.values()].filter((p) => p.kind === kind).sort((a, b) => b.start - a.start).slice(0, limit).map((p) => p.id);
    },
    async read(kind, id) {
      const counts = periods.get(`${kind}:${id}`)?.counts;
      return counts ? { q: new Map(counts.q), c: new Map(counts.c), f: new Map(counts.f) } : emptyCounts();
    },
    async close() {
      periods.clear();
    },
  };
}
