import { describe, expect, it } from 'vitest';
import { ProfileUnitSchema, nameProblems, positionProblems, unitProblems } from '../../../src/dialogs/validators/index.js';

const ids = (ps: { id: string }[]) => ps.map((p) => p.id);

describe('AMS profile: Nama', () => {
  it.each(['Budi Santoso', 'Siti Nurhaliza', 'Ni Made Ayu'])('accepts %j', (n) => expect(nameProblems(n)).toEqual([]));

  it('names every title with its fix', () => {
    expect(ids(nameProblems('Dr. Budi Santoso, S.E., M.M.'))).toEqual([
      "Hapus gelar 'Dr.' dari Nama.", "Hapus gelar 'S.E.' dari Nama.", "Hapus gelar 'M.M.' dari Nama.",
    ]);
    expect(ids(nameProblems('Hj. Siti Aminah S.Kom'))).toHaveLength(2);
    expect(ids(nameProblems('Andi Wijaya Ak CA CPA'))).toEqual([
      "Hapus gelar 'Ak' dari Nama.", "Hapus gelar 'CA' dari Nama.", "Hapus gelar 'CPA' dari Nama.",
    ]);
    expect(nameProblems('Prof. Ir. H. Ahmad Ph.D.')).toHaveLength(4);
  });

  it('reports symbols, digits and length together', () => {
    const problems = ids(nameProblems("Muhammad Ma'ruf Abdurrahman Wahid 2"));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/hanya boleh huruf dan spasi: hapus '''/);
    expect(problems[1]).toMatch(/terlalu panjang \(\d+ karakter, maksimal 25\)/);
  });

  it('speaks English too', () => {
    expect(nameProblems('Budi, S.T.')[0]!.en).toBe("Remove the title 'S.T.' from the name.");
  });
});

describe('AMS profile: Jabatan', () => {
  it('accepts a short plain position', () => expect(positionProblems('Pelaksana')).toEqual([]));
  it('reports dots, brackets and length', () => {
    const problems = ids(positionProblems('Kepala Subbag. (Umum) dan Kepegawaian'));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/hapus '\.', '\(', '\)'/);
    expect(problems[1]).toMatch(/maksimal 20/);
  });
});

describe('AMS profile: Unit Organisasi', () => {
  it.each(['Sekretariat Jenderal', 'direktorat jenderal pajak', 'Dirjen Pengelolaan dan Pembiayaan Risiko', 'Badan Kebijakan Fiskal'])(
    'accepts %j', (u) => expect(unitProblems(u)).toEqual([]));

  it.each([
    ['Setjen', 'Sekretariat Jenderal'], ['DJP', 'Direktorat Jenderal Pajak'], ['djbc', 'Direktorat Jenderal Bea dan Cukai'],
    ['DJPb', 'Direktorat Jenderal Perbendaharaan'], ['BPPK', 'Badan Pendidikan dan Pelatihan Keuangan'], ['Itjen', 'Inspektorat Jenderal'],
  ])('suggests the full name for %j', (abbr, full) => {
    expect(unitProblems(abbr)[0]!.id).toContain(`ganti "${abbr}" dengan "${full}"`);
  });

  it('spells out the DJPPR exception', () => {
    for (const u of ['DJPPR', 'Direktorat Jenderal Pengelolaan Pembiayaan dan Risiko']) {
      expect(unitProblems(u)[0]!.id).toContain('Khusus DJPPR, tulis Unit Organisasi "Dirjen Pengelolaan dan Pembiayaan Risiko"');
    }
  });

  it('finds an abbreviation inside a longer unit name', () => {
    expect(unitProblems('DJP Kanwil Jakarta Pusat')[0]!.id).toContain('tulis "Direktorat Jenderal Pajak"');
    expect(unitProblems('Setjen - Biro SDM')[0]!.en).toContain('write "Sekretariat Jenderal"');
  });

  it('rejects what is not an Eselon I unit', () => {
    expect(unitProblems('KPP Pratama Jakarta Gambir')[0]!.id).toMatch(/bukan nama unit Eselon I/);
    expect(ProfileUnitSchema.safeParse('DJA').success).toBe(false);
  });
});
