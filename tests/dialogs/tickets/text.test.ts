import { describe, expect, it } from 'vitest';
import { continueCollection, startCollection } from '../../../src/dialogs/tickets/collection.js';
import type { TicketDraft } from '../../../src/dialogs/tickets/draft.js';
import { ticketText } from '../../../src/dialogs/tickets/text.js';
import { EMAIL, NIK, NIP, collectionContext } from '../fixtures/ticket-graph.js';

/** A ready no-email draft: two captures, the optional one skipped, one extra. */
function readyDraft(): TicketDraft {
  const ctx = collectionContext({
    slots: { name: 'Siti Aminah', nip: NIP, email: EMAIL, nik: NIK }, topic: 'no-email',
    journey: [{ step: 'ne.spam', answer: 'none' }, { step: 'ne.offer', answer: 'draft' }, { step: 'ne.ticket' }],
  });
  let turn = startCollection(ctx, 'no-email');
  for (const input of [
    { type: 'photo', file: { ref: 'AgAD-status', mime: 'image/jpeg' } },
    { type: 'document', file: { ref: 'F1', name: 'inbox.png', mime: 'image/png' } },
    { type: 'button', id: 'ticket:skip' },
    { type: 'text', text: 'spam kosong' },
    { type: 'button', id: 'ticket:send' },
  ] as const) turn = continueCollection(ctx, turn.collection!, input);
  const ticket = turn.outputs.find((o) => o.type === 'ticket');
  if (ticket?.type !== 'ticket') throw new Error('no ticket');
  return ticket.ticket;
}

describe('ticketText', () => {
  it('lists the fields in the fixed service-desk order', () => {
    const text = ticketText(readyDraft(), 'id');
    const order = ['Layanan', 'Kategori', 'Ringkasan', 'Nama', 'NIP', 'Email', 'NIK', 'Deskripsi', 'Langkah yang sudah dilakukan', 'Lampiran'];
    const lines = text.split('\n');
    const positions = order.map((label) => lines.findIndex((l) => l.startsWith(`${label}:`)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('Layanan: 15.1');
    expect(text).toContain(`NIK: ${NIK}`);
    expect(text).toContain('1. Periksa folder spam email Anda. → Tidak ada di spam');
    expect(text).not.toContain('Buat draf tiket'); // how the user got to the ticket is not a self-help step
    expect(text).toContain('1. Capture status pengajuan di HRIS. [wajib]: terlampir (hris-status-1.jpg)');
    expect(text).toContain('2. Capture kotak masuk email (tidak ada email BSSN). [wajib]: terlampir (inbox-1.png)');
    expect(text).toContain('3. Capture folder spam. [opsional]: dilewati, alasan: spam kosong');
    expect(text).not.toContain('**');
  });

  it('masks the NIK for previews and leaves it out when the template has none', () => {
    const draft = readyDraft();
    expect(ticketText(draft, 'id', { maskNik: true })).toContain('NIK: 3173**********02');
    const withoutNik = { ...draft, identity: { ...draft.identity, nik: undefined } };
    expect(ticketText(withoutNik, 'id')).not.toMatch(/^NIK/m);
  });

  it('uses English labels for English users and marks a missing capture', () => {
    const draft = { ...readyDraft(), attachments: [] };
    const text = ticketText(draft, 'en');
    expect(text).toMatch(/^Service: 15\.1/);
    expect(text).toContain('[required]: MISSING');
  });
});
