import { describe, expect, it } from 'vitest';
import { checkField } from '../../../src/dialogs/validators/index.js';

const today = new Date('2026-06-15T03:00:00Z');

describe('checkField', () => {
  it('returns the normalised value when valid', () => {
    expect(checkField('nip', '19850312 201001 1 001', 'id', today)).toEqual({ ok: true, value: '198503122010011001' });
    expect(checkField('date', '12 Januari 2025', 'id', today)).toEqual({ ok: true, value: '2025-01-12' });
    expect(checkField('confirm', 'udah', 'id', today)).toEqual({ ok: true, value: 'yes' });
    expect(checkField('text', '  halo  dunia ', 'id', today)).toEqual({ ok: true, value: 'halo dunia' });
    expect(checkField('photo', 'file-ref-1', 'id', today)).toEqual({ ok: true, value: 'file-ref-1' });
  });

  it('answers in the locale with an example', () => {
    const id = checkField('email', 'budi@gmail.com', 'id', today);
    const en = checkField('email', 'budi@gmail.com', 'en', today);
    expect(id).toMatchObject({ ok: false, example: 'budi.santoso@kemenkeu.go.id' });
    expect(!id.ok && id.errors[0]).toMatch(/Gunakan email kedinasan/);
    expect(!en.ok && en.errors[0]).toMatch(/Use an official go.id address/);
  });

  it('reports all profile violations', () => {
    const r = checkField('profile-name', 'Dr. Budi Santoso Wicaksono Putra, S.E., M.M.', 'id', today);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toHaveLength(4);
  });

  it('rejects empty and oversized text', () => {
    expect(checkField('text', '   ', 'en', today).ok).toBe(false);
    expect(checkField('text', 'x'.repeat(10_000), 'id', today).ok).toBe(false);
  });
});
