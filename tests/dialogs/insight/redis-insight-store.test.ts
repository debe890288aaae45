/**
 * Insight in a real Redis: replicas adding at the same moment lose nothing (HINCRBY/ZINCRBY in
 * one MULTI), questions stay bounded, keys expire, periods come back newest first.
 */
import { randomUUID } from 'node:crypto';
import { createClient } from '@redis/client';
import { expect, it } from 'vitest';
import { createInsightStore } from '../../../src/dialogs/insight/create-insight-store.js';
import { InsightBatch, MAX_QUESTIONS } from '../../../src/dialogs/insight/tally.js';
import { describeRedis, redisUrl } from '../../support/redis.js';

describeRedis('redis insight store', () => {
  it('adds from several stores at once without losing a count', async () => {
    const namespace = `test:insight:${randomUUID()}`;
    const stores = [1, 2, 3].map(() => createInsightStore({ url: redisUrl(), namespace }));
    const at = new Date();
    try {
      await Promise.all(stores.flatMap((store) => Array.from({ length: 10 }, async () => {
        const batch = new InsightBatch();
        batch.add('q', 'unknown\tjadwal rapat', at);
        batch.add('c', 'renewal\tsertifikat', at);
        batch.add('f', 'login\tstarted', at);
        await store.add(batch);
      })));
      const [day] = await stores[0]!.periods('day', 5);
      const counts = await stores[1]!.read('day', day!);
      expect(counts.q.get('unknown\tjadwal rapat')).toBe(30);
      expect(counts.c.get('renewal\tsertifikat')).toBe(30);
      expect(counts.f.get('login\tstarted')).toBe(30);
      expect(await stores[2]!.periods('week', 5)).toHaveLength(1);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it('keeps the most frequent questions, sets expiry, lists periods newest first', async () => {
    const namespace = `test:insight:${randomUUID()}`;
    const store = createInsightStore({ url: redisUrl(), namespace });
    const client = createClient({ url: redisUrl() });
    await client.connect();
    try {
      const today = new Date();
      const yesterday = new Date(today.getTime() - 24 * 60 * 60 * 1000);
      const batch = new InsightBatch();
      for (let i = 0; i < MAX_QUESTIONS + 20; i++) batch.add('q', `unknown\tq${i}`, today, i === 3 ? 9 : 1);
      batch.add('f', 'routed\tunknown', yesterday);
      await store.add(batch);
      const days = await store.periods('day', 5);
      expect(days).toHaveLength(2);
      expect(days[0]! > days[1]!).toBe(true);
      const counts = await store.read('day', days[0]!);
      expect(counts.q.size).toBe(MAX_QUESTIONS);
      expect(counts.q.get('unknown\tq3')).toBe(9);
      expect(await client.ttl(`${namespace}:day:${days[0]}:q`)).toBeGreaterThan(80 * 24 * 3600);
      expect((await store.read('day', '1999-01-01')).q.size).toBe(0);
    } finally {
      await store.close();
      await client.close();
    }
  });
});
