import { describe, expect, it } from 'vitest';
import { NipSchema, nipProblems, parseNip } from '../../../src/dialogs/validators/index.js';

const today = new Date('2026-06-15T03:00:00Z');

describe('NIP', () => {
  it('reads a valid NIP, spaces allowed', () => {
    expect(parseNip('19850312 201001 1 001', today)).toEqual({
      nip: '198503122010011001', birthDate: '1985-03-12', appointmentMonth: '2010-01', gender: 'male', sequence: 1,
    });
    expect(parseNip('199212302019022005', today)?.gender).toBe('female');
  });

  it.each([
    ['19850312201001100', /18 digit/],
    ['1985031220100110011', /18 digit/],
    ['19850312-2010-011001', /hanya boleh berisi angka/],
    ['198513122010011001', /tanggal lahir/],
    ['198502302010011001', /tanggal lahir/],
    ['198503122010131001', /bulan pengangkatan/],
    ['198503122030011001', /masa depan/],
    ['198503121980011001', /sesudah tanggal lahir/],
    ['198503122010013001', /jenis kelamin/],
    ['198503122010011000', /nomor urut/],
    ['', /belum diisi/],
  ])('rejects %j', (input, message) => {
    const problems = nipProblems(input, today);
    expect(problems.map((p) => p.id).join(' ')).toMatch(message);
    expect(problems.every((p) => p.en.length > 10)).toBe(true);
  });

  it('reports several broken parts at once', () => {
    expect(nipProblems('198513122010133000', today)).toHaveLength(4);
  });

  it('has a zod schema', () => {
    expect(NipSchema.parse('198503122010011001')).toBe('198503122010011001');
    expect(NipSchema.safeParse('123').success).toBe(false);
  });
});
