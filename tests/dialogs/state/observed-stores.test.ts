/**
 * The stores with an observer attached: every session store call timed (the lock as the wait
 * until the work may start), failures told as such, and each ticket draft's entry into a new
 * status told once it is stored — through the real helpdesk queue.
 */
import { describe, expect, it } from 'vitest';
import { createSessionStore } from '../../../src/dialogs/state/session-store.js';
import { createTicketStore } from '../../../src/dialogs/state/ticket-store.js';
import { observeSessionStore, observeTicketStore } from '../../../src/dialogs/state/observed-stores.js';
import type { StoreOp } from '../../../src/dialogs/observer.js';
import { freshState } from '../../../src/dialogs/engine/index.js';
import { queueKit, readyEffects } from '../fixtures/helpdesk-kit.js';

describe('observed session store', () => {
  it('times load, save, delete, ping and the lock wait', async () => {
    const calls: Array<[StoreOp, boolean]> = [];
    const seconds: number[] = [];
    const store = observeSessionStore(createSessionStore(), { storeCall: (op, s, ok) => { calls.push([op, ok]); seconds.push(s); } });
    await store.withLock('k', async () => {
      await store.save('k', freshState('v1', 'id', new Date()));
      await store.load('k');
    });
    await store.delete('k');
    await store.ping();
    expect(calls).toEqual([['lock', true], ['save', true], ['load', true], ['delete', true], ['ping', true]]);
    expect(seconds.every((s) => s >= 0 && s < 1)).toBe(true);
    expect(store.kind).toBe('memory');
    await store.close();
  });

  it('tells failures as failures and passes the error on', async () => {
    const calls: Array<[StoreOp, boolean]> = [];
    const store = observeSessionStore(createSessionStore({ url: 'redis://127.0.0.1:1', timeoutMs: 200 }), { storeCall: (op, _s, ok) => { calls.push([op, ok]); } });
    await expect(store.load('k')).rejects.toMatchObject({ name: 'StoreError' });
    await expect(store.ping()).rejects.toMatchObject({ name: 'StoreError' });
    expect(calls).toEqual([['load', false], ['ping', false]]);
    await store.close();
  });
});

describe('observed ticket store', () => {
  it('tells each status a draft enters, once, whoever changes it', async () => {
    const statuses: string[] = [];
    const kit = queueKit(observeTicketStore(createTicketStore(), { ticketStatus: (s) => { statuses.push(s); } }));
    for (const effect of readyEffects('telegram:42', 'T1')) await kit.queue.onEffect(effect);
    await kit.queue.act({ draftId: 'T1', action: { kind: 'claim' }, actor: { channel: 'slack', id: 'UHELP', name: 'Staf' }, actionId: 'a1' });
    await kit.queue.act({ draftId: 'T1', action: { kind: 'claim' }, actor: { channel: 'slack', id: 'UHELP', name: 'Staf' }, actionId: 'a1' });
    expect(statuses).toEqual(['collecting', 'ready', 'claimed']);
  });
});
