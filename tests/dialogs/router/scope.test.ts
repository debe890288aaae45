import { describe, expect, it } from 'vitest';
import { buildRouterIndex } from '../../../src/dialogs/router/search-index.js';
import { createScopeCheck } from '../../../src/dialogs/router/scope.js';
import { createRouter } from '../../../src/dialogs/router/router.js';
import { routingTerms } from '../../../src/dialogs/router/normalizer.js';
import { miniGraph } from '../support/mini-graph.js';

const index = buildRouterIndex(miniGraph());
const outOfScope = createScopeCheck(index.domain, index.guideVocabulary);
const judge = (text: string): boolean => outOfScope(routingTerms(text));

describe('createScopeCheck', () => {
  it.each([
    'lupa password simpeg', 'vpn ga bisa connect', 'nik di bpjs salah', 'tiket kereta ke bandung',
    'perpanjang paspor', 'login e-office gagal', 'akun kemenkeu id terkunci', 'lapor spt tahunan',
  ])('names another system: %j', (text) => {
    expect(judge(text)).toBe(true);
  });

  it.each([
    'lupa password gmail', 'gmail password reset', 'lupa password hris', 'lupa password email kantor',
    'lupa pin atm', 'lupa pin hp', 'password myasn lupa',
  ])('asks for another system\'s credential: %j', (text) => {
    expect(judge(text)).toBe(true);
  });

  it.each(['alamat kantor bssn', 'bsre itu apa', 'kemenkeu'])('is about the organisation only: %j', (text) => {
    expect(judge(text)).toBe(true);
  });

  it.each([
    'ttd basah atasan', 'tanda tangan di kertas pakai materai', 'ganti foto profil', 'tte di coretax',
    'sertifikat vaksin', 'google authenticator buat instagram',
  ])(
    'is a signature, certificate, picture or app that is not the DS one: %j', (text) => {
      expect(judge(text)).toBe(true);
    });

  it.each([
    'disposisi surat di nadine', 'print dari nadine hasilnya kosong', 'tanda tangan atasan di form cuti manual',
    'scan tanda tangan buat spj', 'signature email kepotong', 'bssn itu singkatan dari apa', 'data nik di myasn beda',
  ])('is Nadine without signing, hand-signed paperwork, a mail signature or a name: %j', (text) => {
    expect(judge(text)).toBe(true);
  });

  it.each([
    'nomor wa helpdesk hris', 'nomor call center kemenkeu berapa', 'nip saya belum muncul di sikka',
    'update profil di aplikasi satu kemenkeu', 'data pendidikan di hris belum diverifikasi upsdm',
    'buat tiket service desk untuk minta instalasi office', 'helpdesk djp nomor berapa', 'nomor admin bssn',
  ])('asks for a contact or another HR portal, even beside a helpdesk word: %j', (text) => {
    expect(judge(text)).toBe(true);
  });

  it.each([
    'sertifikat ssl domain kemenkeu.go.id expired', 'tte kontrak pakai privy id', 'tanda tangan di docusign',
    'swafoto untuk verifikasi gopay gagal', 'passphrase coretax lupa', 'ganti hp, authenticator microsoft hilang',
    'surat rekomendasi untuk beasiswa lpdp', 'surat rekomendasi atasan untuk tugas belajar',
    'tanda tangan digital pakai gambar png', 'scan tanda tangan untuk ditempel di surat',
    'verifikasi ktp untuk daftar aplikasi dana gagal', 'lupa pin sertifikat elektronik efaktur',
    'my passport photo selfie was rejected', 'upload ktp di hris untuk pemutakhiran data',
  ])('is another certificate, signature provider, selfie app or letter: %j', (text) => {
    expect(judge(text)).toBe(true);
  });

  it.each(['gimana cara setting email kemenkeu di hp', 'set up email on my phone', 'pasang email kantor di iphone'])(
    'sets a mailbox up on a device: %j', (text) => {
      expect(judge(text)).toBe(true);
    });

  it.each(['profil kemenkeu', 'profil instansi bssn', 'profil pejabat eselon 1 kemenkeu'])(
    'asks for the organisation\'s profile: %j', (text) => {
      expect(judge(text)).toBe(true);
    });

  it.each([
    'cara setting authenticator di hp', 'passphrase ams lupa', 'surat rekomendasi ds download dimana',
    'upload swafoto dan ktp dari email bssn', 'profil ams saya salah', 'unit organisasi eselon 1 di ams',
    'nomor tiket servicedesk saya berapa', 'nomor nik saya di ams salah',
  ])('keeps the DS side of those words in scope: %j', (text) => {
    expect(judge(text)).toBe(false);
  });

  it.each([
    'lupa password ams', 'lupa password, email reset ga masuk', 'tte di nadine loading terus', 'pin salah di nadine', 'reset pin lewat hris', 'lupa pin ds',
    'ttd di nadine gagal padahal mau ajukan cuti', 'email dari bssn ga masuk', 'boleh pakai gmail buat ds',
    'ganti hp, otp ams gimana', 'nik di ams salah', 'buat tiket servicedesk', 'google authenticator buat ams',
    'authenticator hilang karena ganti hp',
  ])('keeps DS questions in scope: %j', (text) => {
    expect(judge(text)).toBe(false);
  });
});

describe('router with the scope check', () => {
  const router = createRouter(miniGraph());

  it('sends other systems to unknown, the AMS to its topic', () => {
    expect(router.route('lupa password gmail').topic).toBe('unknown');
    expect(router.route('lupa pw simpeg gmn').topic).toBe('unknown');
    expect(router.route('lupa pw ams').topic).toBe('forgot-password');
  });

  it('does not let a short word one letter from a DS word in ("resign" is not "esign")', () => {
    expect(router.route('saya mau resign').topic).toBe('unknown');
  });
});
