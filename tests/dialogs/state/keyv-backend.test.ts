import { describe, expect, it } from 'vitest';
import { createKeyvBackend } from '../../../src/dialogs/state/keyv-backend.js';
import { bounded, isStoreError } from '../../../src/dialogs/state/store-errors.js';
import { describeRedis, redisUrl } from '../../support/redis.js';

describe('keyv backend in memory', () => {
  it('stores and expires values, and has no Redis client', async () => {
    const backend = createKeyvBackend({ namespace: 'test', timeoutMs: 500, onError: () => undefined });
    await backend.keyv.set('a', { v: 1 });
    await backend.keyv.set('short', 1, 1);
    await new Promise((r) => setTimeout(r, 5));
    expect(await backend.keyv.get('a')).toEqual({ v: 1 });
    expect(await backend.keyv.get('short')).toBeUndefined();
    expect(backend.client).toBeUndefined();
    await expect(backend.connected()).rejects.toThrow('no redis client');
    await backend.close();
  });
});

describeRedis('keyv backend on Redis', () => {
  it('round-trips values through Redis and closes cleanly', async () => {
    const backend = createKeyvBackend({ url: redisUrl(), namespace: `test:${process.pid}`, timeoutMs: 1000, onError: () => undefined });
    await backend.keyv.set('k', { hello: 'world' });
    expect(await backend.keyv.get('k')).toEqual({ hello: 'world' });
    expect((await backend.connected()).isOpen).toBe(true);
    await backend.close();
  });

  it('never answers "nothing" for an unreachable Redis: the bounded call fails with a store error', async () => {
    const errors: unknown[] = [];
    const backend = createKeyvBackend({ url: 'redis://127.0.0.1:1', namespace: 'test', timeoutMs: 300, onError: (e) => errors.push(e) });
    const outcome = await bounded('get', 500, () => backend.keyv.get('k')).then(() => 'answered', (e: unknown) => e);
    expect(isStoreError(outcome)).toBe(true);
    await backend.close();
  });
});
