import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createClient, type RedisClientType } from '@redis/client';
import { type SessionStore, StoreError, createSessionStore } from '../../../src/dialogs/state/session-store.js';
import { freshState, type ConversationState } from '../../../src/dialogs/engine/conversation-state.js';
import { describeRedis, redisUrl } from '../../support/redis.js';

const now = new Date('2026-01-15T08:00:00Z');
const opened: SessionStore[] = [];
let admin: RedisClientType;

function replica(namespace: string, options: Parameters<typeof createSessionStore>[0] = {}): SessionStore {
  const store = createSessionStore({ url: redisUrl(), namespace, distributedLock: true, ...options });
  opened.push(store);
  return store;
}

/** A turn that appends `mark` to the state's `name` slot, taking `ms` in the middle. */
function appendTurn(store: SessionStore, key: string, mark: string, ms = 0, after?: () => Promise<void>) {
  return store.turn(key, async (loaded) => {
    const state: ConversationState = loaded.state ?? freshState('g1', 'id', now);
    if (ms) await new Promise((r) => setTimeout(r, ms));
    const next = { ...state, slots: { ...state.slots, name: `${state.slots['name'] ?? ''}${mark}` } };
    return { state: next, ...(after ? { after } : {}), result: mark };
  });
}

describeRedis('a turn on Redis (lock + read, fenced commit + release)', () => {
  beforeAll(async () => {
    admin = createClient({ url: redisUrl() }) as RedisClientType;
    await admin.connect();
  });
  afterAll(async () => { await admin.close(); });
  afterEach(async () => { await Promise.all(opened.splice(0).map((s) => s.close())); });

  it('two replicas never interleave one chat: every turn sees the one before', async () => {
    const namespace = `turn:${randomUUID()}`;
    const [a, b] = [replica(namespace), replica(namespace)];
    const turns = Array.from({ length: 12 }, (_, i) => appendTurn(i % 2 ? a : b, 'chat', String.fromCharCode(97 + i), i % 3));
    await Promise.all(turns);
    const name = (await a.load('chat')).state?.slots['name'] ?? '';
    expect([...name].sort().join('')).toBe('abcdefghijkl');
  });

  it('keeps keyv\'s layout: what a turn saves, load reads, and the other way round, strings starting with ":" too', async () => {
    const namespace = `turn:${randomUUID()}`;
    const store = replica(namespace);
    await store.save('k', { ...freshState('g1', 'id', now), slots: { name: ':)' } });
    await appendTurn(store, 'k', ':x');
    expect((await store.load('k')).state?.slots['name']).toBe(':):x');
    const plain = createSessionStore({ url: redisUrl(), namespace });
    opened.push(plain);
    expect((await plain.load('k')).state?.slots['name']).toBe(':):x');
  });

  it('leaves no lock behind, also when work follows the commit', async () => {
    const namespace = `turn:${randomUUID()}`;
    const store = replica(namespace);
    let afterRan = false;
    await appendTurn(store, 'k', 'a', 0, async () => {
      // Still locked while the effects run.
      expect(await admin.exists(`${namespace}:lock:k`)).toBe(1);
      afterRan = true;
    });
    expect(afterRan).toBe(true);
    await appendTurn(store, 'k', 'b');
    await store.close();
    expect(await admin.keys(`${namespace}:lock:*`)).toEqual([]);
  });

  it('a turn that started from a state another replica has since replaced runs again on the new one', async () => {
    const namespace = `turn:${randomUUID()}`;
    const [slow, fast] = [replica(namespace), replica(namespace)];
    await appendTurn(slow, 'k', 'a'); // `slow` wrote it last: its next turn is optimistic
    const late = appendTurn(slow, 'k', '+slow', 200);
    await new Promise((r) => setTimeout(r, 50));
    await appendTurn(fast, 'k', '+fast');
    await late;
    // Nothing lost, nothing interleaved: the slow turn was applied after the fast one.
    expect((await fast.load('k')).state?.slots['name']).toBe('a+fast+slow');
  });

  it('saves in one round trip when this process wrote the conversation last, and sees another replica\'s write', async () => {
    const namespace = `turn:${randomUUID()}`;
    const [a, b] = [replica(namespace), replica(namespace)];
    await appendTurn(a, 'k', 'a');
    const monitor = admin.duplicate();
    await monitor.connect();
    const commands: string[] = [];
    await monitor.monitor((line) => commands.push(line));
    await appendTurn(a, 'k', 'b');
    await new Promise((r) => setTimeout(r, 100));
    await monitor.close();
    // One script call from the store (the script's own commands show as "lua" lines).
    expect(commands.filter((l) => !l.includes('"monitor"') && !l.includes('[0 lua]'))).toHaveLength(1);
    // Another replica writes; `a` finds it moved on, runs again on it, then goes the locked way.
    await appendTurn(b, 'k', 'c');
    await appendTurn(a, 'k', 'd');
    await appendTurn(b, 'k', 'e');
    await appendTurn(a, 'k', 'f');
    expect((await a.load('k')).state?.slots['name']).toBe('abcdef');
  });

  it('a turn writing a ticket draft, whose lock expired, does not overwrite the turn that took over', async () => {
    const namespace = `turn:${randomUUID()}`;
    const [slow, fast] = [replica(namespace, { lockTtlMs: 100 }), replica(namespace, { lockTtlMs: 100 })];
    // Stored by someone else: the slow turn's first run (on "no state") is redone under the lock.
    await fast.save('k', { ...freshState('g1', 'id', now), slots: { name: 'x' } });
    // `after` (work under the lock) sends this turn the locked way; each run of its work takes 300 ms.
    const late = appendTurn(slow, 'k', 'slow', 300, async () => undefined).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 450));
    await appendTurn(fast, 'k', 'fast');
    const error = await late;
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('LOCK_LOST');
    expect((await fast.load('k')).state?.slots['name']).toBe('xfast');
  });

  it('reports unreadable stored state as a reset, not as an outage', async () => {
    const namespace = `turn:${randomUUID()}`;
    const store = replica(namespace);
    await admin.set(`${namespace}::k`, '{not json');
    const loaded = await store.turn('k', async (l) => ({ state: freshState('g1', 'id', now), result: l }));
    expect(loaded).toEqual({ reset: 'corrupt' });
  });

  it('a busy lock held by a crashed replica gives LOCK_TIMEOUT within the wait, then frees with its TTL', async () => {
    const namespace = `turn:${randomUUID()}`;
    await admin.set(`${namespace}:lock:k`, 'crashed-replica', { PX: 400 });
    const store = replica(namespace, { lockWaitMs: 150 });
    const error = await appendTurn(store, 'k', 'a').catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('LOCK_TIMEOUT');
    await new Promise((r) => setTimeout(r, 400));
    await expect(appendTurn(store, 'k', 'b')).resolves.toBe('b');
  });

  it('runs its scripts again after Redis forgot them (script cache flushed, as on a restart)', async () => {
    const namespace = `turn:${randomUUID()}`;
    const store = replica(namespace);
    await appendTurn(store, 'k', 'a');
    await admin.scriptFlush();
    await appendTurn(store, 'k', 'b');
    expect((await store.load('k')).state?.slots['name']).toBe('ab');
  });
});

it('a turn against an unreachable Redis fails with a typed error within the bound', async () => {
  const store = createSessionStore({ url: 'redis://127.0.0.1:1', distributedLock: true, timeoutMs: 200 });
  const started = Date.now();
  const error = await appendTurn(store, 'k', 'a').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StoreError);
  expect(Date.now() - started).toBeLessThan(2000);
  await store.close();
});
