/** Personal data out of the questions kept for maintainers, the wording around it kept. */
import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../../src/dialogs/insight/personal-data.js';

describe('maskPersonalData', () => {
  it.each([
    ['nip saya 198501012010011001 tidak terdaftar', 'nip saya [NIP] tidak terdaftar'],
    ['NIP 19850101 201001 1 001 belum muncul', 'NIP [NIP] belum muncul'],
    ['nik 3171014501850001 beda dengan ktp', 'nik [NIK] beda dengan ktp'],
    ['NIK: 3171 0145 0185 0001', 'NIK: [NIK]'],
    ['email budi.santoso@kemenkeu.go.id ga dapat link', 'email [email] ga dapat link'],
    ['hubungi saya di 0812-3456-7890 ya', 'hubungi saya di [telp] ya'],
    ['wa +62 812 3456 7890', 'wa [telp]'],
    ['no tiket 4471234 kok belum ada kabar', 'no tiket [angka] kok belum ada kabar'],
    ['nama saya Budi Santoso, mau tanya cuti', 'nama saya [nama], mau tanya cuti'],
    ['nama lengkap saya adalah siti aminah', 'nama lengkap saya adalah [nama]'],
    ['my name is John Smith and I cannot sign', 'my name is [nama] and I cannot sign'],
    ['sertifikat atas nama Rina Wulandari expired', 'sertifikat atas nama [nama] expired'],
    ['Pak Ahmad, sertifikat saya kedaluwarsa', 'Pak [nama], sertifikat saya kedaluwarsa'],
    ['tolong bu sari cek profil saya', 'tolong bu [nama] cek profil saya'],
  ])('%s', (input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });

  it('leaves questions without personal data as they are', () => {
    for (const q of ['lupa password ams', 'pak saya lupa pin', 'sertifikat expired 2026-12-03', 'tte di nadine ga selesai2', 'Bu, mohon bantuan', 'masa berlaku 2 tahun']) {
      expect(maskPersonalData(q)).toBe(q);
    }
  });

  it('leaves no digit run of a NIP, NIK or phone behind', () => {
    const masked = maskPersonalData('nip 198501012010011001 nik 3171014501850001 hp 081234567890 mail a.b@c.go.id');
    expect(masked).not.toMatch(/\d{4,}|@/);
  });
});
