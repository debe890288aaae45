import { describe, expect, it } from 'vitest';
import { SECRET_PLACEHOLDER, guardSecrets } from '../../../src/dialogs/input/secret-guard.js';

describe('guardSecrets: finds secrets', () => {
  it.each([
    ['pin saya 482916', '482916', 'pin'],
    ['password: Rahasia123!', 'Rahasia123!', 'password'],
    ['pw ku Bandung2024', 'Bandung2024', 'password'],
    ['kode otp 123456', '123456', 'otp'],
    ['passphrase-nya: abc12345', 'abc12345', 'pin'],
    ['my password is hunter2', 'hunter2', 'password'],
    ['My password is hunter', 'hunter', 'password'],
    ['passwordnya Jakarta@99 pak', 'Jakarta@99', 'password'],
    ['sandi saya "kucingHitam"', 'kucingHitam', 'password'],
    ['kata sandi baru saya adalah merdeka45', 'merdeka45', 'password'],
    ['PIN: 1234', '1234', 'pin'],
    ['pin ttd saya 778899 kok salah terus', '778899', 'pin'],
    ['pinnya 135790', '135790', 'pin'],
    ['otp nya 987 654 tidak bisa', '987 654', 'otp'],
    ['the OTP is 551234.', '551234', 'otp'],
    ['verification code 443322', '443322', 'otp'],
    ['kode verifikasi: 908172', '908172', 'otp'],
    ['passphrase saya adalah kopiSusu', 'kopiSusu', 'pin'],
    ['udah coba pw lama Kemenkeu#1 tetap gagal', 'Kemenkeu#1', 'password'],
    ['token: abcd1234efgh', 'abcd1234efgh', 'token'],
    ['bot token 123456789:ABCdefGhIJKlmNoPQRstuVWxyz0123456789a', '123456789:ABCdefGhIJKlmNoPQRstuVWxyz0123456789a', 'token'],
    ['ini xoxb-1234-5678-abcdEFGH', 'xoxb-1234-5678-abcdEFGH', 'token'],
    ['app token xapp-1-A0123-456-abcdef', 'xapp-1-A0123-456-abcdef', 'token'],
    ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N', 'token'],
    ['Authorization: Bearer abcdef0123456789abcdef', 'abcdef0123456789abcdef', 'token'],
    ['new password = S3cure!pass', 'S3cure!pass', 'password'],
    ['482916 itu pin saya', '482916', 'pin'],
    ['Rahasia123 adalah password ams saya', 'Rahasia123', 'password'],
    ['udah masukin 551234 otp nya tapi ditolak', '551234', 'otp'],
    ['my otp code is 123456', '123456', 'otp'],
    ['otp code 123456', '123456', 'otp'],
    ['passphrase saya rahasia sekali', 'rahasia', 'pin'],
    ['pin nya 1234', '1234', 'pin'],
    ['sandi saya Bandung#2024', 'Bandung#2024', 'password'],
    ['kata sandi: xyz123', 'xyz123', 'password'],
  ])('%j', (text, secret, kind) => {
    const result = guardSecrets(text);
    expect(result.text).not.toContain(secret);
    expect(result.text).toContain(SECRET_PLACEHOLDER);
    expect(result.kinds).toContain(kind);
  });

  it('keeps the rest of the sentence', () => {
    expect(guardSecrets('pin saya 482916 tapi ditolak').text).toBe(`pin saya ${SECRET_PLACEHOLDER} tapi ditolak`);
    expect(guardSecrets('password: Rahasia123!').text).toBe(`password: ${SECRET_PLACEHOLDER}`);
  });

  it('finds several secrets of different kinds', () => {
    const result = guardSecrets('pw saya Abc12345 dan pin 246810, otp 135791');
    expect(result.text).not.toMatch(/Abc12345|246810|135791/);
    expect(result.kinds.sort()).toEqual(['otp', 'password', 'pin']);
  });
});

describe('guardSecrets: leaves ordinary text alone', () => {
  it.each([
    'saya lupa password',
    'cara reset pin',
    'lupa pw ams gimana',
    'pin saya salah terus',
    'password expired',
    'passphrase harus berapa karakter?',
    'kode otp tidak masuk ke hp',
    'otp dari google authenticator tidak cocok',
    'NIP saya 198503122010011001',
    'NIK 3171015203850002 tidak sesuai',
    'hp saya 081234567890',
    'tanggal lahir 12/03/1985',
    'sertifikat expired 2025-12-31',
    'layanan 15.1 di servicedesk',
    'password minimal 8 karakter ya?',
    'my password is expired',
    'how do I reset my PIN',
    'token expired',
    'kata sandi saya lupa',
    'pin 6 digit',
    'password AMS saya sudah diganti tapi belum bisa login',
    'email saya budi.santoso@kemenkeu.go.id',
    'buka https://portal-bsre.bssn.go.id lalu login',
    'set passphrase di link email',
    'password AMS V2 masih bisa dipakai?',
    'password portal-bsre.bssn.go.id beda dengan hris',
    'pin salah 3 kali, terblokir',
    'lupa pin tte di nadine',
    'reset password ams via hris',
    'pin yang benar berapa digit',
    'passphrase minimal 8 karakter',
    'salah 3 kali pin',
    'versi 2024 pin berubah?',
    'di ams versi3 pin harus 6 digit',
    'nadine pin salah',
    'sejak 2023 password ams belum diganti',
    '',
  ])('%j', (text) => {
    expect(guardSecrets(text)).toEqual({ text, kinds: [] });
  });

  it('survives odd input', () => {
    expect(guardSecrets('x'.repeat(100_000)).kinds).toEqual([]);
    expect(guardSecrets('😭🙏').kinds).toEqual([]);
    expect(guardSecrets(`${'pin '.repeat(5000)}1234`).text).toContain(SECRET_PLACEHOLDER);
  });
});

// The guard skips texts without any secret word or token prefix; each of these has exactly one
// such trigger and nothing else, so a trigger missing from that quick check fails here.
describe('guardSecrets: every trigger on its own', () => {
  it.each([
    ['kata sandi: Merdeka45', 'Merdeka45'],
    ['pwd: Merdeka45', 'Merdeka45'],
    ['passwd: Merdeka45', 'Merdeka45'],
    ['api key: a1b2c3d4e5f6g7', 'a1b2c3d4e5f6g7'],
    ['one-time code 443322', '443322'],
    ['verification code 443322', '443322'],
    ['pin 482916', '482916'],
    ['otp 482916', '482916'],
    ['token: abcd1234efgh', 'abcd1234efgh'],
    ['Bearer abcdef0123456789abcdef', 'abcdef0123456789abcdef'],
    ['ini 123456789:ABCdefGhIJKlmNoPQRstuVWxyz0123456789a', '123456789:ABCdefGhIJKlmNoPQRstuVWxyz0123456789a'],
    ['ini xoxb-1234-5678-abcdEFGH', 'xoxb-1234-5678-abcdEFGH'],
    ['ini xapp-1-A0123-456-abcdef', 'xapp-1-A0123-456-abcdef'],
    ['ini eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N'],
    ['ini ghp_abcdefghijklmnopqrstuvwx', 'ghp_abcdefghijklmnopqrstuvwx'],
    ['ini github_pat_abcdefghijklmnopqrstuvwx', 'github_pat_abcdefghijklmnopqrstuvwx'],
    ['ini sk-abcdefghijklmnopqrstuvwx', 'sk-abcdefghijklmnopqrstuvwx'],
    ['ini AKIAABCDEFGHIJKLMNOP', 'AKIAABCDEFGHIJKLMNOP'],
    ['ini AIzaabcdefghijklmnopqrstuvwxyz0123456', 'AIzaabcdefghijklmnopqrstuvwxyz0123456'],
    ['Rahasia123 itu sandi', 'Rahasia123'],
  ])('%j', (text, secret) => {
    const guarded = guardSecrets(text);
    expect(guarded.text).not.toContain(secret);
    expect(guarded.text).toContain(SECRET_PLACEHOLDER);
  });
});
