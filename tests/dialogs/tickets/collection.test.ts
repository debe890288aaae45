import { describe, expect, it } from 'vitest';
import {
  CollectionState, cancelCollection, continueCollection, startCollection, type CollectionContext, type CollectionTurn,
} from '../../../src/dialogs/tickets/collection.js';
import type { Inbound, OutText, Outbound } from '../../../src/dialogs/messages.js';
import type { TicketDraft } from '../../../src/dialogs/tickets/draft.js';
import { EMAIL, NIK, NIP, collectionContext } from '../fixtures/ticket-graph.js';

const say = (text: string): Inbound => ({ type: 'text', text });
const press = (id: string): Inbound => ({ type: 'button', id });
const photo = (ref: string): Inbound => ({ type: 'photo', file: { ref, mime: 'image/jpeg' } });
const doc = (name: string, mime: string): Inbound => ({ type: 'document', file: { ref: `doc-${name}`, name, mime } });

/** Runs inputs after a start; every turn's state goes through JSON and zod, like a store does. */
function run(ctx: CollectionContext, template: string, inputs: Inbound[]): CollectionTurn[] {
  const turns = [startCollection(ctx, template)];
  for (const input of inputs) {
    const last = turns[turns.length - 1]!;
    if (!last.collection) throw new Error('collection already done');
    const restored = CollectionState.parse(JSON.parse(JSON.stringify(last.collection)));
    turns.push(continueCollection(ctx, restored, input));
  }
  return turns;
}
const texts = (turn: CollectionTurn) => turn.outputs.filter((o): o is OutText => o.type === 'text').map((o) => o.text).join('\n');
const tickets = (turn: CollectionTurn): TicketDraft[] => turn.outputs.flatMap((o: Outbound) => (o.type === 'ticket' ? [o.ticket] : []));

describe('ticket collection', () => {
  it('asks name, NIP, email, then the capture, previews and becomes ready on Kirim', () => {
    const turns = run(collectionContext(), 'register-failed', [say('Siti Aminah'), say(NIP), say(EMAIL), photo('AgAD-1'), press('ticket:send')]);
    const [start, name, nip, email, pic, send] = turns as [CollectionTurn, CollectionTurn, CollectionTurn, CollectionTurn, CollectionTurn, CollectionTurn];
    expect(start.awaiting).toEqual({ kind: 'text', slot: 'name' });
    expect(tickets(start)[0]).toMatchObject({ id: 'T1', service: '15.1', status: 'collecting' });
    expect(start.effects.map((e) => e.type)).toEqual(['ticket-saved']);
    expect(name.awaiting).toEqual({ kind: 'nip', slot: 'nip' });
    expect(nip.awaiting).toEqual({ kind: 'email', slot: 'email' });
    expect(email.awaiting).toEqual({ kind: 'photo', slot: 'hris-error' });
    expect(texts(email)).toContain('Capture 1 dari 1: Capture pesan error saat registrasi di HRIS.');
    expect(pic.awaiting).toEqual({ kind: 'confirm', slot: 'ticket' });
    expect(texts(pic)).toContain('Layanan: 15.1');
    expect(pic.outputs.at(-1)).toMatchObject({ personal: true, buttons: expect.arrayContaining([{ id: 'ticket:send', label: 'Kirim' }]) });
    expect(send.done).toBe('ready');
    expect(send.collection).toBeUndefined();
    expect(send.effects.map((e) => e.type)).toEqual(['ticket-saved', 'ticket-ready']);
    const ready = tickets(send)[0]!;
    expect(ready).toMatchObject({
      status: 'ready', category: 'Registrasi DS via HRIS gagal', identity: { name: 'Siti Aminah', nip: NIP, email: EMAIL },
      attachments: [{ name: 'hris-error', ref: 'AgAD-1', channel: 'telegram' }], userId: 'telegram:42',
    });
    expect(ready.identity.nik).toBeUndefined();
    expect(ready.description).toContain('Sudah mencoba registrasi ulang melalui HRIS? → Sudah, tetap gagal');
    expect(ready.steps).toHaveLength(1);
    expect(ready.history.map((h) => h.action)).toEqual(['created', 'ready']);
  });

  it('does not ask fields the flow already filled', () => {
    const ctx = collectionContext({ slots: { name: 'Budi', nip: NIP, email: EMAIL } });
    const [start] = run(ctx, 'register-failed', []);
    expect(start!.awaiting).toEqual({ kind: 'photo', slot: 'hris-error' });
  });

  it('reprompts specifically for a wrong NIP, email and NIK, then accepts a right one', () => {
    const ctx = collectionContext({ slots: { name: 'Budi' }, topic: 'no-email' });
    const turns = run(ctx, 'no-email', [say('12345'), say(NIP), say('budi@gmail.com'), say(EMAIL), say('123'), say(NIK)]);
    expect(turns[1]!.awaiting).toEqual({ kind: 'nip', slot: 'nip' });
    expect(texts(turns[1]!)).toMatch(/NIP/);
    expect(turns[3]!.awaiting).toEqual({ kind: 'email', slot: 'email' });
    expect(texts(turns[3]!)).toMatch(/go\.id/);
    expect(turns[5]!.awaiting).toEqual({ kind: 'nik', slot: 'nik' });
    expect(turns[6]!.awaiting).toEqual({ kind: 'photo', slot: 'hris-status' });
  });

  it('asks each capture in turn, refuses other documents, accepts image documents', () => {
    const ctx = collectionContext({ slots: { name: 'Budi', nip: NIP, email: EMAIL, nik: NIK }, topic: 'no-email' });
    const turns = run(ctx, 'no-email', [doc('laporan.pdf', 'application/pdf'), doc('hris.png', 'image/png'), say('sudah saya kirim'), photo('inbox-1')]);
    expect(texts(turns[1]!)).toContain('laporan.pdf');
    expect(turns[1]!.awaiting).toEqual({ kind: 'photo', slot: 'hris-status' });
    expect(turns[2]!.awaiting).toEqual({ kind: 'photo', slot: 'inbox' });
    expect(texts(turns[2]!)).toContain('Capture 2 dari 3');
    expect(turns[3]!.awaiting).toEqual({ kind: 'photo', slot: 'inbox' });
    expect(turns[4]!.awaiting).toEqual({ kind: 'photo', slot: 'spam' });
    expect(turns[4]!.outputs.at(-1)).toMatchObject({ buttons: [{ id: 'ticket:skip', label: 'Lewati' }] });
  });

  it('refuses to skip a required capture and skips an optional one with a reason', () => {
    const ctx = collectionContext({ slots: { name: 'Budi', nip: NIP, email: EMAIL, nik: NIK }, topic: 'no-email' });
    const turns = run(ctx, 'no-email', [press('ticket:skip'), photo('a'), photo('b'), press('ticket:skip'), say('x'), say('folder spam kosong'), press('ticket:send')]);
    expect(texts(turns[1]!)).toContain('wajib');
    expect(turns[1]!.awaiting).toEqual({ kind: 'photo', slot: 'hris-status' });
    expect(turns[4]!.awaiting).toEqual({ kind: 'text', slot: 'skip-reason' });
    expect(turns[5]!.awaiting).toEqual({ kind: 'text', slot: 'skip-reason' });
    expect(turns[6]!.awaiting.kind).toBe('confirm');
    const ready = tickets(turns[7]!)[0]!;
    expect(ready.status).toBe('ready');
    expect(ready.captures.find((c) => c.id === 'spam')).toMatchObject({ required: false, skippedReason: 'folder spam kosong' });
    expect(ready.attachments.map((a) => a.name)).toEqual(['hris-status', 'inbox']);
    expect(ready.identity.nik).toBe(NIK);
  });

  it('takes extra captures before confirming, by photo or by "tambah"', () => {
    const ctx = collectionContext({ slots: { name: 'Budi', nip: NIP, email: EMAIL } });
    const turns = run(ctx, 'register-failed', [photo('one'), photo('two'), say('tambah'), photo('three'), say('kirim')]);
    expect(texts(turns[2]!)).toContain('2 lampiran');
    expect(turns[3]!.awaiting).toEqual({ kind: 'photo', slot: 'extra' });
    expect(turns[4]!.awaiting.kind).toBe('confirm');
    expect(tickets(turns[5]!)[0]!.attachments.map((a) => [a.name, a.ref])).toEqual([['hris-error', 'one'], ['extra', 'two'], ['extra', 'three']]);
  });

  it('edits a field from the preview and comes back to it', () => {
    const ctx = collectionContext({ slots: { name: 'Budi', nip: NIP, email: EMAIL } });
    const turns = run(ctx, 'register-failed', [photo('one'), press('ticket:edit'), press('ticket:field:email'), say('budi.santoso@kemenkeu.go.id'), press('ticket:send')]);
    expect(turns[2]!.outputs.at(-1)).toMatchObject({ buttons: expect.arrayContaining([{ id: 'ticket:field:email', label: 'Email' }]) });
    expect(turns[3]!.awaiting).toEqual({ kind: 'email', slot: 'email' });
    expect(texts(turns[4]!)).toContain('Email: budi.santoso@kemenkeu.go.id');
    expect(tickets(turns[5]!)[0]!.identity.email).toBe('budi.santoso@kemenkeu.go.id');
  });

  it('is never ready while a required capture is missing (captures redone from the edit menu)', () => {
    const ctx = collectionContext({ slots: { name: 'Budi', nip: NIP, email: EMAIL } });
    const turns = run(ctx, 'register-failed', [photo('one'), press('ticket:edit'), press('ticket:captures'), say('kirim'), press('ticket:send')]);
    expect(turns[3]!.awaiting).toEqual({ kind: 'photo', slot: 'hris-error' });
    expect(turns[4]!.done).toBeUndefined();
    expect(turns[5]!.done).toBeUndefined();
    expect(turns[5]!.awaiting).toEqual({ kind: 'photo', slot: 'hris-error' });
  });

  it('survives a restart in the middle of collecting captures (state through JSON)', () => {
    const ctx = collectionContext({ slots: { name: 'Budi', nip: NIP, email: EMAIL, nik: NIK }, topic: 'no-email' });
    const before = run(ctx, 'no-email', [photo('first')]);
    const stored = JSON.stringify(before[1]!.collection);
    expect(stored.length).toBeLessThan(600);
    const restarted = collectionContext({ slots: { name: 'Budi', nip: NIP, email: EMAIL, nik: NIK }, topic: 'no-email', now: new Date('2026-03-03T09:00:00Z') });
    const after = continueCollection(restarted, CollectionState.parse(JSON.parse(stored)), photo('second'));
    expect(after.awaiting).toEqual({ kind: 'photo', slot: 'spam' });
    const saved = after.effects.find((e) => e.type === 'ticket-saved');
    expect(saved?.ticket.attachments.map((a) => a.ref)).toEqual(['first', 'second']);
    expect(saved?.ticket.createdAt).toBe('2026-03-02T08:00:00.000Z');
  });

  it('cancels by button and by the engine, marking the draft cancelled', () => {
    const ctx = collectionContext();
    const turns = run(ctx, 'register-failed', [press('ticket:cancel')]);
    expect(turns[1]!.done).toBe('cancelled');
    expect(tickets(turns[1]!)[0]!.status).toBe('cancelled');
    const start = startCollection(ctx, 'register-failed');
    expect(cancelCollection(ctx, start.collection!).effects[0]).toMatchObject({ type: 'ticket-saved', ticket: { status: 'cancelled' } });
  });

  it('speaks English to English users', () => {
    const turns = run(collectionContext({ locale: 'en', slots: { name: 'Budi', nip: NIP, email: EMAIL } }), 'register-failed', [photo('x')]);
    expect(texts(turns[0]!)).toContain('Capture 1 of 1: Capture the HRIS registration error.');
    expect(turns[1]!.outputs.at(-1)).toMatchObject({ buttons: expect.arrayContaining([{ id: 'ticket:send', label: 'Send' }]) });
  });

  it('survives bad input at every phase: empty, huge, emoji, unknown buttons', () => {
    const ctx = collectionContext();
    const turns = run(ctx, 'register-failed', [say(''), say('x'.repeat(10_000)), say('🙂🙂'), press('ticket:nope'), press('opt:whatever')]);
    for (const turn of turns.slice(1)) expect(turn.awaiting).toEqual({ kind: 'text', slot: 'name' });
    expect(texts(turns[3]!)).toContain('batal');
  });

  it('answers an unknown template without throwing', () => {
    const turn = startCollection(collectionContext(), 'missing');
    expect(turn.done).toBe('cancelled');
    expect(texts(turn)).toContain('servicedesk.kemenkeu.go.id');
  });
});
