/**
 * Phrases that share a word with the guide but name something else (another system, another
 * kind of signature, a contact channel), each made one token so the router's scope rules in
 * router-vocabulary.ts can see them; plus a few phrases whose meaning the words alone lose
 * ("sudah dapat" email is the opposite of "no email"). Part of {@link PHRASES} in slang.ts.
 */
export const FOREIGN_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['tanda tangan basah', 'ttdbasah'],
  ['tanda tangan manual', 'ttdbasah'],
  ['tanda tangan di kertas', 'ttdbasah'],
  ['ttd basah', 'ttdbasah'],
  ['ttd manual', 'ttdbasah'],
  ['wet signature', 'ttdbasah'],
  ['kemenkeu id', 'kemenkeuid'],
  ['e office', 'eoffice'],
  ['djp online', 'djponline'],
  ['e filing', 'efiling'],
  ['spt tahunan', 'sptpajak tahunan'],
  ['lapor spt', 'lapor sptpajak'],
  ['kartu sim', 'simcard'],
  ['kartu keluarga', 'kk'],
  ['foto profil', 'fotoprofil'],
  ['profile picture', 'fotoprofil'],
  ['sim card', 'simcard'],
  // An email's signature block is not a digital signature.
  ['signature email', 'emailsignature'],
  ['email signature', 'emailsignature'],
  ['tanda tangan email', 'emailsignature'],
  // "bssn itu singkatan dari apa": a question about a name, not about shortening a profile field.
  ['singkatan dari', 'akronim'],
  ['kepanjangan dari', 'akronim'],
  ['kepanjangannya apa', 'akronim'],
  ['singkatannya apa', 'akronim'],
  ['stands for', 'akronim'],
  ['ms teams', 'msteams'],
  // Asking how to reach someone (a phone number, WhatsApp, a call centre) is not a DS step.
  ['call center', 'callcenter'],
  ['contact center', 'callcenter'],
  ['nomor wa', 'kontakwa'],
  ['no wa', 'kontakwa'],
  ['nomor whatsapp', 'kontakwa'],
  ['nomor telepon', 'nomortelepon'],
  ['nomor telp', 'nomortelepon'],
  ['no telp', 'nomortelepon'],
  ['nomor hp', 'nomortelepon'],
  ['no hp', 'nomortelepon'],
  ['nomor handphone', 'nomortelepon'],
  ['phone number', 'nomortelepon'],
  // Kemenkeu's other portals, one token each so the scope rules can name them.
  ['satu kemenkeu', 'satukemenkeu'],
  ['kemenkeu learning center', 'klc'],
  ['learning center', 'klc'],
  ['privy id', 'privy'],
  ['tugas belajar', 'tugasbelajar'],
  ['izin belajar', 'tugasbelajar'],
  ['pindah instansi', 'pindahinstansi'],
  // Mail from outside the office is the mailbox's business, not BSSN's.
  ['dari luar', 'eksternal'],
  ['from outside', 'eksternal'],
  ['external email', 'eksternal email'],
  // Having received an email is the opposite of "no email from BSSN": keep the two apart.
  ['sudah dapat', 'sudahterima'],
  ['sudah dapet', 'sudahterima'],
  ['udah dapat', 'sudahterima'],
  ['udah dapet', 'sudahterima'],
  ['sudah terima', 'sudahterima'],
  ['sudah menerima', 'sudahterima'],
  ['already got', 'sudahterima'],
  ['already received', 'sudahterima'],
  ['sudah masuk', 'sudahterima'],
  ['microsoft teams', 'msteams'],
  // "daftar" after looking at something is a list (the "Daftar Sertifikat Elektronik" menu), not registering.
  ['lihat daftar', 'lihat list'],
  ['liat daftar', 'lihat list'],
  ['cek daftar', 'cek list'],
  ['menu daftar', 'menu list'],
  ['buka daftar', 'buka list'],
];
