import { describe, expect, it } from 'vitest';
import type { HelpdeskActor } from '../../../src/dialogs/helpdesk/actions.js';
import { createTicketStore } from '../../../src/dialogs/state/ticket-store.js';
import { describeRedis, redisUrl } from '../../support/redis.js';
import { queueKit, readyEffects } from '../fixtures/helpdesk-kit.js';

const rina: HelpdeskActor = { channel: 'slack', id: 'UHELP', name: 'Rina' };
const tg: HelpdeskActor = { channel: 'telegram', id: '777' };
const stranger: HelpdeskActor = { channel: 'slack', id: 'UEVIL' };
const textOf = (n: { outputs: Array<{ type: string; text?: string }> }) => n.outputs.map((o) => o.text ?? '').join('');

async function readyKit() {
  const kit = queueKit();
  for (const effect of readyEffects()) await kit.queue.onEffect(effect);
  return kit;
}

describe('helpdesk queue', () => {
  it('saves drafts from the conversation and posts a ready one once', async () => {
    const kit = await readyKit();
    for (const effect of readyEffects()) await kit.queue.onEffect(effect); // the same effects again
    expect(kit.posts.map((d) => d.id)).toEqual(['T1']);
    expect((await kit.queue.listOpen()).map((d) => d.status)).toEqual(['ready']);
    expect((await kit.queue.findByNip('19900101 2015011001')).map((d) => d.id)).toEqual(['T1']);
  });

  it('claims, asks, takes the answer, escalates and closes; the employee hears each once', async () => {
    const kit = await readyKit();
    expect(await kit.queue.act({ draftId: 'T1', action: { kind: 'claim' }, actor: rina, actionId: 'a1' })).toMatchObject({ status: 'done', draft: { status: 'claimed' } });
    await kit.queue.act({ draftId: 'T1', action: { kind: 'ask', question: 'Kapan terakhir mencoba?' }, actor: rina, actionId: 'a2' });
    expect((await kit.queue.pendingQuestion('telegram:42'))?.id).toBe('T1');
    const answered = await kit.queue.answer('telegram:42', 'Kemarin sore');
    expect(answered).toMatchObject({ status: 'claimed', history: expect.arrayContaining([expect.objectContaining({ action: 'info-received', note: 'Kemarin sore' })]) });
    expect(await kit.queue.pendingQuestion('telegram:42')).toBeUndefined();
    await kit.queue.act({ draftId: 'T1', action: { kind: 'escalate', number: 'SD-2026-0042' }, actor: tg, actionId: 'a3' });
    const closed = await kit.queue.act({ draftId: 'T1', action: { kind: 'close', note: 'Sertifikat sudah terbit.' }, actor: rina, actionId: 'a4' });
    expect(closed).toMatchObject({ status: 'done', draft: { status: 'closed', serviceDeskNumber: 'SD-2026-0042' } });
    expect(kit.notified.map((n) => n.userId)).toEqual(['telegram:42', 'telegram:42', 'telegram:42', 'telegram:42']);
    const texts = kit.notified.map(textOf);
    expect(texts[0]).toContain('sedang ditangani');
    expect(texts[1]).toContain('Kapan terakhir mencoba?');
    expect(texts[2]).toContain('SD-2026-0042');
    expect(texts[3]).toContain('Sertifikat sudah terbit.');
    expect(kit.updates.map((u) => u.event.action)).toEqual(['claimed', 'info-requested', 'info-received', 'escalated', 'closed']);
    expect(await kit.queue.listOpen()).toEqual([]);
  });

  it('refuses and logs unauthorised users; nothing changes and nobody is told', async () => {
    const kit = await readyKit();
    expect(await kit.queue.act({ draftId: 'T1', action: { kind: 'close', note: 'x' }, actor: stranger, actionId: 'e1' })).toEqual({ status: 'refused' });
    expect(await kit.queue.act({ draftId: 'T1', action: { kind: 'claim' }, actor: { channel: 'telegram', id: 'UHELP' }, actionId: 'e2' })).toEqual({ status: 'refused' });
    expect((await kit.queue.get('T1'))?.status).toBe('ready');
    expect(kit.notified).toEqual([]);
  });

  it('treats a double press as one action (same press id, and same action twice)', async () => {
    const kit = await readyKit();
    const press = { draftId: 'T1', action: { kind: 'claim' } as const, actor: rina, actionId: 'tg-cb-1' };
    const [a, b] = await Promise.all([kit.queue.act(press), kit.queue.act(press)]);
    expect([a.status, b.status].sort()).toEqual(['done', 'duplicate']);
    expect((await kit.queue.act({ ...press, actionId: 'tg-cb-2' })).status).toBe('unchanged');
    await kit.queue.act({ draftId: 'T1', action: { kind: 'escalate', number: 'SD-1' }, actor: rina, actionId: 'x1' });
    await kit.queue.act({ draftId: 'T1', action: { kind: 'escalate', number: 'SD-1' }, actor: rina, actionId: 'x2' });
    expect(kit.notified).toHaveLength(2);
    expect((await kit.queue.get('T1'))?.history.filter((h) => h.action === 'escalated')).toHaveLength(1);
  });

  it('ignores actions on unknown, closed or cancelled drafts', async () => {
    const kit = await readyKit();
    expect((await kit.queue.act({ draftId: 'nope', action: { kind: 'claim' }, actor: rina, actionId: 'n1' })).status).toBe('not-found');
    await kit.queue.act({ draftId: 'T1', action: { kind: 'close', note: 'selesai' }, actor: rina, actionId: 'n2' });
    expect(await kit.queue.act({ draftId: 'T1', action: { kind: 'claim' }, actor: rina, actionId: 'n3' })).toMatchObject({ status: 'unchanged', reason: 'closed' });
    expect(await kit.queue.act({ draftId: 'T1', action: { kind: 'escalate', number: '  ' }, actor: rina, actionId: 'n4' })).toMatchObject({ status: 'unchanged' });
  });

  it('never rolls a helpdesk status back with a late conversation save', async () => {
    const kit = await readyKit();
    await kit.queue.act({ draftId: 'T1', action: { kind: 'claim' }, actor: rina, actionId: 'c1' });
    for (const effect of readyEffects()) await kit.queue.onEffect(effect);
    expect((await kit.queue.get('T1'))?.status).toBe('claimed');
    expect(kit.posts).toHaveLength(1);
  });

  it("shows a user only their own drafts", async () => {
    const kit = await readyKit();
    for (const effect of readyEffects('slack:U2', 'T2')) await kit.queue.onEffect(effect);
    expect((await kit.queue.listByUser('telegram:42')).map((d) => d.id)).toEqual(['T1']);
    expect((await kit.queue.listByUser('slack:U2')).map((d) => d.id)).toEqual(['T2']);
    expect(await kit.queue.listByUser('slack:U3')).toEqual([]);
  });
});

describeRedis('helpdesk queue over Redis', () => {
  it('keeps drafts, pending questions and press ids across a restart', async () => {
    const namespace = `t${Date.now()}`;
    const first = queueKit(createTicketStore({ url: redisUrl(), namespace }));
    for (const effect of readyEffects()) await first.queue.onEffect(effect);
    await first.queue.act({ draftId: 'T1', action: { kind: 'ask', question: 'NIP lama?' }, actor: rina, actionId: 'r1' });
    await first.store.close();

    const second = queueKit(createTicketStore({ url: redisUrl(), namespace }));
    expect((await second.queue.listOpen()).map((d) => [d.id, d.status])).toEqual([['T1', 'info-requested']]);
    expect((await second.queue.pendingQuestion('telegram:42'))?.pendingQuestion).toBe('NIP lama?');
    expect((await second.queue.act({ draftId: 'T1', action: { kind: 'ask', question: 'lain' }, actor: rina, actionId: 'r1' })).status).toBe('duplicate');
    for (const effect of readyEffects()) await second.queue.onEffect(effect);
    expect(second.posts).toEqual([]);
    await second.store.close();
  });
});
