import { describe, expect, it } from 'vitest';
import { MemorySeenStore, RedisSeenStore, observeSeenStore } from '../../src/adapters/dedupe.js';
import { describeRedis, redisUrl } from '../support/redis.js';

describe('MemorySeenStore', () => {
  it('says true once per key until the entry expires', async () => {
    let now = 1_000;
    const store = new MemorySeenStore(10, () => now);
    expect(await store.firstTime('u1', 500)).toBe(true);
    expect(await store.firstTime('u1', 500)).toBe(false);
    expect(await store.firstTime('u2', 500)).toBe(true);
    now += 600;
    expect(await store.firstTime('u1', 500)).toBe(true);
  });

  it('stays bounded under a flood of keys', async () => {
    const store = new MemorySeenStore(100);
    for (let i = 0; i < 1_000; i++) await store.firstTime(`k${i}`, 60_000);
    expect(await store.firstTime('k999', 60_000)).toBe(false);
    expect((store as unknown as { seen: Map<string, number> }).seen.size).toBeLessThanOrEqual(100);
  });
});

describeRedis('RedisSeenStore', () => {
  it('lets exactly one of two concurrent callers win', async () => {
    const prefix = `test:${process.pid}:${Date.now()}:`;
    const a = await RedisSeenStore.connect(redisUrl(), prefix);
    const b = await RedisSeenStore.connect(redisUrl(), prefix);
    const results = await Promise.all([a.firstTime('update-7', 5_000), b.firstTime('update-7', 5_000)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    await a.close();
    await b.close();
  });
});

describe('observeSeenStore', () => {
  it('tells each repeated delivery with its channel, and answers as the store does', async () => {
    const repeats: string[] = [];
    const store = observeSeenStore(new MemorySeenStore(), (channel) => repeats.push(channel));
    expect(await store.firstTime('tg:1', 1000)).toBe(true);
    expect(await store.firstTime('tg:1', 1000)).toBe(false);
    expect(await store.firstTime('slack:Ev1', 1000)).toBe(true);
    expect(await store.firstTime('slack:Ev1', 1000)).toBe(false);
    expect(await store.firstTime('slack:press:C1:1.2', 1000)).toBe(true);
    expect(repeats).toEqual(['telegram', 'slack']);
    await store.close();
  });
});
