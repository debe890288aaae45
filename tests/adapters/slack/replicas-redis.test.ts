/**
 * Two replicas behind one Request URL share the Redis seen-set: Slack's retry of an event that
 * reaches the other replica is still answered once.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import { RedisSeenStore } from '../../../src/adapters/dedupe.js';
import { describeRedis, redisUrl } from '../../support/redis.js';
import { dmMessage, startHarness, type Harness } from './harness.js';

const running: { harness: Harness; seen: RedisSeenStore }[] = [];
afterEach(async () => {
  for (const { harness, seen } of running.splice(0)) {
    await harness.stop();
    await seen.close();
  }
});

describeRedis('Slack replicas with Redis dedupe', () => {
  it('answers an event and its retry on another replica once', async () => {
    const prefix = `test:${randomUUID()}:`;
    for (let i = 0; i < 2; i++) {
      const seen = await RedisSeenStore.connect(redisUrl(), prefix);
      running.push({ harness: await startHarness({ seen }), seen });
    }
    const [a, b] = running.map((r) => r.harness) as [Harness, Harness];
    const event = dmMessage('U1', 'halo', '1.1');
    await a.event(event, 'EvReplica');
    await b.event(event, 'EvReplica', { retryNum: 1 });
    await a.api.waitFor((api) => api.posted().length === 1, 'the answer on replica a');
    await new Promise((r) => setTimeout(r, 200));
    expect(a.api.posted().length + b.api.posted().length).toBe(1);
    expect(a.calls.length + b.calls.length).toBe(1);
  });
});
