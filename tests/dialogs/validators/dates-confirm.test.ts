import { describe, expect, it } from 'vitest';
import { dateProblems, parseConfirm, parseDate } from '../../../src/dialogs/validators/index.js';

describe('dates', () => {
  it.each([
    ['31/12/2025', '2025-12-31'], ['1-2-2025', '2025-02-01'], ['2025-12-31', '2025-12-31'], ['31.12.2025', '2025-12-31'],
    ['12 Januari 2025', '2025-01-12'], ['12 jan 2025', '2025-01-12'], ['5 Agustus 2024', '2024-08-05'],
    ['12 December 2025', '2025-12-12'], ['March 3, 2026', '2026-03-03'], ['29/02/2024', '2024-02-29'], ['1 Mei 2025', '2025-05-01'],
  ])('reads %j', (text, iso) => expect(parseDate(text)).toBe(iso));

  it.each([['31/02/2025', /bukan tanggal yang ada/], ['29/02/2025', /bukan tanggal yang ada/], ['besok', /tidak dikenali/], ['12 Foo 2025', /tidak dikenali/], ['12 constructor 2025', /tidak dikenali/], ['constructor 12, 2025', /tidak dikenali/], ['', /belum diisi/]])(
    'rejects %j', (text, message) => expect(dateProblems(text)[0]!.id).toMatch(message));
});

describe('confirm', () => {
  it.each(['ya', 'Yes', 'sudah', 'udah pak', 'iya', 'y', 'udh', 'sudah bisa'])('%j is yes', (t) => expect(parseConfirm(t)).toBe('yes'));
  it.each(['tidak', 'no', 'belum', 'nggak', 'gak', 'blm', 'tidak bisa', 'not yet', 'belum berhasil'])('%j is no', (t) => expect(parseConfirm(t)).toBe('no'));
  it.each(['mungkin', '', '🙂'])('%j is neither', (t) => expect(parseConfirm(t)).toBeNull());
});
