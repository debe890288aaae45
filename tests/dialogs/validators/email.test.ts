import { describe, expect, it } from 'vitest';
import { OfficialEmailSchema, emailProblems } from '../../../src/dialogs/validators/index.js';

describe('official email', () => {
  it.each(['budi.santoso@kemenkeu.go.id', 'budi_santoso@go.id', 'Budi.S2@pajak.go.id', 'x@djpb.kemenkeu.go.id', ' ani@KEMENKEU.GO.ID '])(
    'accepts %j', (email) => expect(emailProblems(email)).toEqual([]));

  it.each([
    ['budi@gmail.com', /domain "gmail.com"/i],
    ['budi@go.id.com', /domain "go.id.com"/i],
    ['budi@notgo.id', /domain/i],
    ['budi+ds@kemenkeu.go.id', /Simbol '\+'/],
    ['budi-santoso@kemenkeu.go.id', /Simbol '-'/],
    ['.budi@kemenkeu.go.id', /Titik/],
    ['budi..s@kemenkeu.go.id', /Titik/],
    ['budi.@kemenkeu.go.id', /Titik/],
    ['a@kemenkeu.go.id, b@kemenkeu.go.id', /satu alamat/],
    ['a@b@kemenkeu.go.id', /satu alamat/],
    ['dewi lestari@kemenkeu.go.id', /tidak boleh mengandung spasi/],
    ['a@kemenkeu.go.id b@kemenkeu.go.id', /satu alamat/],
    ['budi.kemenkeu.go.id', /tanda @/],
    ['@kemenkeu.go.id', /sebelum @/],
    ['', /belum diisi/],
  ])('rejects %j', (email, message) => {
    expect(emailProblems(email).map((p) => p.id).join(' ')).toMatch(message);
  });

  it('reports every problem of one address', () => {
    expect(emailProblems('.budi+x@gmail.com')).toHaveLength(3);
  });

  it('has a zod schema that lower-cases the domain', () => {
    expect(OfficialEmailSchema.parse('Budi@Kemenkeu.GO.ID')).toBe('Budi@kemenkeu.go.id');
  });
});
