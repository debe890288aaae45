import { describe, expect, it } from 'vitest';
import { composeDescription } from '../../../src/dialogs/tickets/description.js';
import { ticketGraph } from '../fixtures/ticket-graph.js';

const template = ticketGraph.tickets['register-failed']!;

describe('composeDescription', () => {
  it('lists each self-help step with the answer (option ids and labels), without repeats', () => {
    const d = composeDescription(ticketGraph, template, [
      { step: 'rf.check', answer: 'no' }, { step: 'rf.check', answer: 'no' }, { step: 'rf.check', answer: 'Sudah, tetap gagal' },
      { step: 'rf.offer', answer: 'draft' }, { step: 'rf.ticket' },
    ], 'register-failed', 'id');
    expect(d.steps).toEqual([
      'Sudah mencoba registrasi ulang melalui HRIS? → Belum',
      'Sudah mencoba registrasi ulang melalui HRIS? → Sudah, tetap gagal',
    ]);
    expect(d.description).toBe(`${d.report}\n\nLangkah yang sudah dilakukan:\n- ${d.steps[0]}\n- ${d.steps[1]}`);
    expect(d.report).toBe('Pegawai melaporkan: Registrasi DS via HRIS gagal (topik: Registrasi DS gagal).');
  });

  it('keeps the "draft the ticket" choice only when nothing else was done', () => {
    const d = composeDescription(ticketGraph, template, [{ step: 'rf.offer', answer: 'draft' }], 'register-failed', 'en');
    expect(d.steps).toEqual(['I can draft the ticket. → Draft the ticket']);
    expect(composeDescription(ticketGraph, template, [], 'register-failed', 'en').description).toContain('(no self-help steps recorded)');
  });

  it('masks personal numbers typed at NIK/NIP prompts and ignores unknown steps', () => {
    const graph = structuredClone(ticketGraph);
    graph.steps['ask.nik'] = { id: 'ask.nik', topic: 'register-failed', links: [], message: { id: 'Tulis NIK.', en: 'Type NIK.' }, prompt: { kind: 'nik', slot: 'nik', collect: false, goto: 'rf.ticket' } };
    const d = composeDescription(graph, template, [{ step: 'ask.nik', answer: '3173014501900002' }, { step: 'gone.step', answer: 'x' }], 'register-failed', 'id');
    expect(d.steps).toEqual(['Tulis NIK. → 3173**********02']);
  });
});
