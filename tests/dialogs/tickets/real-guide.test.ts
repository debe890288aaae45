/**
 * The shipped guide end to end through the engine: the judged ticket scenarios end with a ready
 * 15.1 draft holding the captures the guide requires and the self-help steps in the description.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/dialogs/graph.js';
import type { TicketDraft } from '../../../src/dialogs/tickets/draft.js';
import { Conversation, realGraph } from '../engine/real-graph.js';

let graph: Graph;
beforeAll(async () => {
  graph = await realGraph();
});

const tickets = (c: Conversation): TicketDraft[] => c.turns.flatMap((t) => t.outputs.flatMap((o) => (o.type === 'ticket' ? [o.ticket] : [])));
const identity = ['Siti Aminah', '198503122010011001', 'siti.aminah@kemenkeu.go.id'];

describe('tickets from the shipped guide', () => {
  it('registration error in HRIS: a ready draft with the HRIS capture', () => {
    const c = new Conversation(graph).play('gagal registrasi tte di hris', { press: 'Buat draf tiket' }, ...identity, { photo: 'hris-error' }, { press: 'Kirim' });
    const ready = tickets(c).at(-1)!;
    expect(ready).toMatchObject({ service: '15.1', status: 'ready', template: 'registration-failed', category: 'Registrasi DS via HRIS gagal' });
    expect(ready.attachments.map((a) => a.name)).toEqual(['hris-error']);
    expect(c.last.effects.map((e) => e.type)).toEqual(['ticket-saved', 'ticket-ready']);
  });

  it('no email from BSSN: two captures, the spam one skipped with a reason, the checks done in the description', () => {
    const c = new Conversation(graph).play(
      'email dari bssn tidak masuk', { press: 'Tetap tidak ada' }, { press: 'Buat draf tiket' }, ...identity,
      { photo: 'hris-status' }, { photo: 'inbox' }, { press: 'Lewati' }, 'folder spam juga kosong', { press: 'Kirim' },
    );
    const ready = tickets(c).at(-1)!;
    expect(ready.status).toBe('ready');
    expect(ready.attachments.map((a) => a.name)).toEqual(['hris-status', 'inbox']);
    expect(ready.captures.find((x) => x.id === 'spam')?.skippedReason).toBe('folder spam juga kosong');
    expect(ready.description).toMatch(/Langkah yang sudah dilakukan:\n- .*Folder Spam\/Junk.* → Tetap tidak ada/);
    expect(ready.description).not.toContain('Buat draf tiket');
  });

  it('never puts a secret typed during collection into the draft', () => {
    const c = new Conversation(graph).play('gagal registrasi tte di hris', { press: 'Buat draf tiket' }, 'password: Rahasia123!', ...identity, { photo: 'x' }, { press: 'Kirim' });
    expect(JSON.stringify(c.turns)).not.toContain('Rahasia123!');
    expect(tickets(c).at(-1)?.status).toBe('ready');
  });
});
