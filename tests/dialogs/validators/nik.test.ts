import { describe, expect, it } from 'vitest';
import { NikSchema, nikProblems, parseNik } from '../../../src/dialogs/validators/index.js';

const today = new Date('2026-06-15T03:00:00Z');

describe('NIK', () => {
  it('reads a man and a woman (day + 40)', () => {
    expect(parseNik('3171011203850002', today)).toEqual({ nik: '3171011203850002', regionCode: '317101', birthDate: '1985-03-12', gender: 'male' });
    expect(parseNik('3171 0152 0385 0002', today)?.gender).toBe('female');
    expect(parseNik('3273014101050001', today)?.birthDate).toBe('2005-01-01');
  });

  it.each([
    ['317101120385000', /16 digit/],
    ['31710112038500021', /16 digit/],
    ['3171O11203850002', /hanya boleh berisi angka/],
    ['0000001203850002', /kode wilayah/],
    ['3171013203850002', /tanggal lahir/],
    ['3171017203850002', /tanggal lahir/],
    ['3171011213850002', /tanggal lahir/],
    ['3171013002850002', /tanggal lahir/],
    ['3171011203850000', /nomor urut/],
  ])('rejects %j', (input, message) => {
    expect(nikProblems(input, today).map((p) => p.id).join(' ')).toMatch(message);
  });

  it('puts a two-digit year in the past, never the future', () => {
    expect(parseNik('3171011203260002', today)?.birthDate).toBe('2026-03-12');
    expect(parseNik('3171011212260002', today)?.birthDate).toBe('1926-12-12');
  });

  it('has a zod schema', () => {
    expect(NikSchema.safeParse('3171011203850002').success).toBe(true);
    expect(NikSchema.safeParse('1234').success).toBe(false);
  });
});
