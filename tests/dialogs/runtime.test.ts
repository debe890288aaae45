import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '@redis/client';
import { createRuntime } from '../../src/dialogs/runtime.js';
import { type SessionStore, createSessionStore } from '../../src/dialogs/state/session-store.js';
import { createRouter } from '../../src/dialogs/router/router.js';
import type { Effect, TurnResult } from '../../src/dialogs/turn.js';
import { silentLogger } from '../../src/ops/logger.js';
import { fixtureGraph, meta, press, text } from './engine/fixtures.js';
import { describeRedis, redisUrl } from '../support/redis.js';

const stores: SessionStore[] = [];
afterEach(async () => { await Promise.all(stores.splice(0).map((s) => s.close())); });

function runtime(options: { url?: string; namespace?: string; effects?: Effect[] } = {}) {
  const store = createSessionStore({ namespace: options.namespace ?? `rt:${randomUUID()}`, timeoutMs: 300, ...(options.url ? { url: options.url } : {}) });
  stores.push(store);
  const handle = createRuntime({
    graph: fixtureGraph, store, router: createRouter(fixtureGraph), logger: silentLogger(),
    now: () => new Date('2026-01-15T08:00:00Z'), newId: () => randomUUID(),
    onEffect: (effect) => { options.effects?.push(effect); },
  });
  return { store, handle };
}
const said = (r: TurnResult) => r.outputs.map((o) => (o.type === 'text' ? o.text : '')).join('\n');

describe('runtime', () => {
  it('loads, steps and saves: the conversation continues across turns', async () => {
    const { handle, store } = runtime();
    await handle('c1', press('topic:login'), meta);
    const r = await handle('c1', text('sudah'), meta);
    expect(said(r)).toBe('Bagus, selesai.');
    expect((await store.load('c1')).state?.step).toBe('login.done');
  });

  it('runs effects after saving (secret-redacted carries kinds only)', async () => {
    const effects: Effect[] = [];
    const { handle } = runtime({ effects });
    await handle('c1', text('kode otp 123456'), meta);
    expect(effects).toEqual([{ type: 'secret-redacted', kinds: expect.any(Array) }]);
    expect(JSON.stringify(effects)).not.toContain('123456');
  });

  it('a failing effect is logged and the user still gets the answer', async () => {
    const store = createSessionStore({ namespace: `rt:${randomUUID()}` });
    stores.push(store);
    const handle = createRuntime({
      graph: fixtureGraph, store, router: createRouter(fixtureGraph), logger: silentLogger(),
      onEffect: () => { throw new Error('helpdesk queue down'); },
    });
    const r = await handle('c1', text('pin saya 482916'), meta);
    expect(said(r)).toContain('Jangan pernah membagikan');
  });

  it('never interleaves one conversation\'s turns', async () => {
    const { handle, store } = runtime();
    await handle('c1', press('topic:profile'), meta);
    await Promise.all([handle('c1', text('Siti Aminah'), meta), handle('c1', text('Analis'), meta), handle('c1', text('Sekretariat Jenderal'), meta)]);
    const state = (await store.load('c1')).state!;
    expect(state.slots).toEqual({ name: 'Siti Aminah', position: 'Analis', unit: 'Sekretariat Jenderal' });
  });

  it('apologises and starts fresh when the stored state is unusable', async () => {
    const { handle, store } = runtime();
    await store.save('c1', { v: 99 } as never);
    const r = await handle('c1', text('/start'), meta);
    expect(said(r)).toMatch(/^Maaf, sesi sebelumnya tidak dapat dipulihkan/);
    expect(said(r)).toContain('Halo!');
  });

  it('answers politely when the store is down, without resetting anything', async () => {
    const { handle } = runtime({ url: 'redis://127.0.0.1:1' });
    const r = await handle('c1', text('lupa password'), meta);
    expect(said(r)).toContain('coba lagi');
    expect(r.awaiting).toEqual({ kind: 'free' });
  });
});

describeRedis('runtime on Redis', () => {
  it('keeps secrets out of the stored state', async () => {
    const namespace = `rt:${randomUUID()}`;
    const { handle } = runtime({ url: redisUrl(), namespace });
    await handle('c1', press('topic:profile'), meta);
    await handle('c1', text('password saya Rahasia123! tolong'), meta);
    await handle('c1', text('pin saya 482916'), meta);
    const client = createClient({ url: redisUrl() });
    await client.connect();
    try {
      const keys = await client.keys(`${namespace}*`);
      const raw = (await Promise.all(keys.map((k) => client.get(k)))).join('\n');
      expect(raw.length).toBeGreaterThan(0);
      expect(raw).not.toContain('Rahasia123');
      expect(raw).not.toContain('482916');
    } finally {
      await client.close();
    }
  });
});

describe('runtime observer', () => {
  it('is told about every turn: its channel, time and how it ended', async () => {
    const seen: Array<[string, number, string]> = [];
    const observer = { turn: (channel: string, seconds: number, result: string) => { seen.push([channel, seconds, result]); } };
    const store = createSessionStore({ namespace: `rt:${randomUUID()}` });
    stores.push(store);
    const handle = createRuntime({ graph: fixtureGraph, store, router: createRouter(fixtureGraph), logger: silentLogger(), observer });
    await handle('c1', press('topic:login'), meta);
    await handle('c1', text('sudah'), { ...meta, channel: 'slack' });
    expect(seen.map(([c, , r]) => [c, r])).toEqual([['cli', 'answered'], ['slack', 'answered']]);
    expect(seen.every(([, s]) => s > 0 && s < 1)).toBe(true);
  });

  it('a store outage is a store-error turn; an observer that throws changes nothing', async () => {
    const results: string[] = [];
    const { store } = runtime({ url: 'redis://127.0.0.1:1' });
    const handle = createRuntime({
      graph: fixtureGraph, store, router: createRouter(fixtureGraph), logger: silentLogger(),
      observer: { turn: (_c, _s, r) => { results.push(r); throw new Error('metrics broke'); } },
    });
    const r = await handle('c1', text('halo'), meta);
    expect(said(r)).toMatch(/coba lagi/i);
    expect(results).toEqual(['store-error']);
  });
});
