import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '@redis/client';
import { type SessionStore, StoreError, createSessionStore } from '../../../src/dialogs/state/session-store.js';
import { freshState } from '../../../src/dialogs/engine/conversation-state.js';
import { KeyedMutex } from '../../../src/dialogs/state/keyed-mutex.js';
import { describeRedis, redisUrl } from '../../support/redis.js';

const now = new Date('2026-01-15T08:00:00Z');
const opened: SessionStore[] = [];
function open(options: Parameters<typeof createSessionStore>[0] = {}): SessionStore {
  const store = createSessionStore({ namespace: `test:${randomUUID()}`, ...options });
  opened.push(store);
  return store;
}
afterEach(async () => { await Promise.all(opened.splice(0).map((s) => s.close())); });

/** Save, load back, delete: the contract every backend keeps. */
async function roundTrip(store: SessionStore): Promise<void> {
  const state = { ...freshState('g1', 'id', now), step: 'login.intro', slots: { name: 'Siti' } };
  expect(await store.load('k1')).toEqual({});
  await store.save('k1', state);
  expect((await store.load('k1')).state).toEqual(state);
  await store.delete('k1');
  expect(await store.load('k1')).toEqual({});
}

describe('session store in memory', () => {
  it('round-trips a conversation', async () => {
    const store = open();
    expect(store.kind).toBe('memory');
    await roundTrip(store);
  });

  it('expires idle conversations after the TTL', async () => {
    const store = open({ ttlMs: 30 });
    await store.save('k', freshState('g1', 'id', now));
    await new Promise((r) => setTimeout(r, 60));
    expect(await store.load('k')).toEqual({});
  });
});

describe('keyed mutex', () => {
  it('runs one key\'s work strictly in order and other keys freely', async () => {
    const mutex = new KeyedMutex();
    const log: string[] = [];
    const work = (key: string, id: string, ms: number) => mutex.run(key, async () => {
      log.push(`${id}>`);
      await new Promise((r) => setTimeout(r, ms));
      log.push(`<${id}`);
    });
    await Promise.all([work('a', 'a1', 30), work('a', 'a2', 1), work('b', 'b1', 5)]);
    expect(log.indexOf('<a1')).toBeLessThan(log.indexOf('a2>'));
    expect(log.indexOf('b1>')).toBeLessThan(log.indexOf('<a1'));
    expect(mutex.size).toBe(0);
  });

  it('releases the key when the work throws', async () => {
    const mutex = new KeyedMutex();
    await expect(mutex.run('k', async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    await expect(mutex.run('k', async () => 'next')).resolves.toBe('next');
  });
});

describe('session store when Redis is down', () => {
  it('fails each call with a typed, time-bounded error instead of returning nothing', async () => {
    const store = open({ url: 'redis://127.0.0.1:1', timeoutMs: 200 });
    const started = Date.now();
    const error = await store.load('k').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect(['STORE_TIMEOUT', 'STORE_UNAVAILABLE']).toContain((error as StoreError).code);
    expect(Date.now() - started).toBeLessThan(5000);
    await expect(store.save('k', freshState('g1', 'id', now))).rejects.toBeInstanceOf(StoreError);
  });
});

describeRedis('session store on Redis', () => {
  it('round-trips a conversation and sets the idle TTL', async () => {
    const namespace = `test:${randomUUID()}`;
    const store = open({ url: redisUrl(), namespace });
    expect(store.kind).toBe('redis');
    await roundTrip(store);
    await store.save('k2', freshState('g1', 'id', now));
    const client = createClient({ url: redisUrl() });
    await client.connect();
    try {
      const keys = await client.keys(`${namespace}*`);
      expect(keys.length).toBe(1);
      const ttl = await client.pTTL(keys[0]!);
      expect(ttl).toBeGreaterThan(29 * 24 * 3600 * 1000);
    } finally {
      await client.close();
    }
  });

  it('reports corrupt and unknown-version state as a reset, never as a crash', async () => {
    const store = open({ url: redisUrl() });
    await store.save('k', { ...freshState('g1', 'id', now), v: 2 } as never);
    expect(await store.load('k')).toEqual({ reset: 'unknown-version' });
    await store.save('k', { hello: 'world' } as never);
    expect(await store.load('k')).toEqual({ reset: 'corrupt' });
  });

  it('a second process sees the state (new store, same Redis)', async () => {
    const namespace = `test:${randomUUID()}`;
    const a = open({ url: redisUrl(), namespace });
    await a.save('user', { ...freshState('g1', 'en', now), step: 'x' });
    const b = open({ url: redisUrl(), namespace });
    expect((await b.load('user')).state?.step).toBe('x');
  });

  it('the distributed lock serialises turns across two stores (replicas)', async () => {
    const namespace = `test:${randomUUID()}`;
    const replicas = [open({ url: redisUrl(), namespace, distributedLock: true }), open({ url: redisUrl(), namespace, distributedLock: true })];
    const log: string[] = [];
    await Promise.all(replicas.map((store, i) => store.withLock('chat', async () => {
      log.push(`start${i}`);
      await new Promise((r) => setTimeout(r, 50));
      log.push(`end${i}`);
    })));
    expect(log[1]).toMatch(/^end/);
    expect(log[3]).toMatch(/^end/);
  });
});
