/** Insight in memory: the same bounds as in Redis (most frequent questions, expiry). */
import { describe, expect, it } from 'vitest';
import { createMemoryInsightStore, keepTop } from '../../../src/dialogs/insight/memory-insight-store.js';
import { InsightBatch, MAX_QUESTIONS } from '../../../src/dialogs/insight/tally.js';

describe('memory insight store', () => {
  it('keeps the most frequent questions of a period', async () => {
    const at = new Date('2026-12-03T03:00:00Z');
    const store = createMemoryInsightStore(() => at.getTime());
    const batch = new InsightBatch();
    for (let i = 0; i < MAX_QUESTIONS + 50; i++) batch.add('q', `unknown\tquestion ${i}`, at, i === 7 ? 5 : 1);
    await store.add(batch);
    const counts = await store.read('day', '2026-12-03');
    expect(counts.q.size).toBe(MAX_QUESTIONS);
    expect(counts.q.get('unknown\tquestion 7')).toBe(5);
  });

  it('forgets periods past their retention, lists the rest newest first', async () => {
    let now = Date.parse('2026-01-01T03:00:00Z');
    const store = createMemoryInsightStore(() => now);
    for (const day of ['2026-01-01', '2026-01-02', '2026-01-03']) {
      const batch = new InsightBatch();
      batch.add('f', 'routed\tunknown', new Date(`${day}T03:00:00Z`));
      await store.add(batch);
    }
    expect(await store.periods('day', 10)).toEqual(['2026-01-03', '2026-01-02', '2026-01-01']);
    expect(await store.periods('day', 2)).toEqual(['2026-01-03', '2026-01-02']);
    now = Date.parse('2026-04-03T03:00:00Z');
    const batch = new InsightBatch();
    batch.add('f', 'routed\ttopic', new Date(now));
    await store.add(batch);
    expect(await store.periods('day', 10)).toEqual(['2026-04-03', '2026-01-03', '2026-01-02']);
    expect(await store.periods('week', 10)).toHaveLength(2);
  });

  it('keepTop keeps the largest counts', () => {
    const kept = keepTop(new Map([['a', 1], ['b', 3], ['c', 2]]), 2);
    expect([...kept.keys()]).toEqual(['b', 'c']);
  });
});
