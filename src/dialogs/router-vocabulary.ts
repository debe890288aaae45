/**
 * The digital-signature domain in a few words, for the router's out-of-scope checks.
 *
 * Why lists: a topic's examples also contain everyday words ("jam", "besok", "kantor") and
 * words shared with other systems ("password", "pin", "status", "perpanjang"). Those alone
 * must not pull "lupa password simpeg" or "cara perpanjang paspor" into a guide procedure.
 */

/**
 * Words that put a question in the DS/TTE world whatever else it says (canonical spellings,
 * see slang.ts). A question with none of them reaches a guide topic only when every other
 * content word is one the guide itself uses.
 */
export const STRONG_DOMAIN_WORDS: readonly string[] = [
  'ams', 'bssn', 'bsre', 'beid', 'tte', 'elektronik', 'esign', 'passphrase', 'nadine', 'hris',
  'authenticator', 'freeotp', 'enroll', 'suratrekomendasi', 'upsdm', 'servicedesk',
  'helpdesk', 'tiket', 'ticket', 'swafoto', 'selfie', 'ktp', 'nik', 'nip', 'kedinasan', 'eselon',
  'kemenkeu', 'revoke', 'noreply', 'setpin', '15_1',
];

/**
 * Words that make a question about digital signatures at all (together with every keyword
 * and title word of the guide topics); a question without any is `unknown`.
 */
export const CORE_DOMAIN_WORDS: readonly string[] = [
  ...STRONG_DOMAIN_WORDS,
  'pin', 'otp', 'password', 'barcode', 'email', 'registrasi', 'daftar', 'perpanjang', 'kedaluwarsa',
  'profil', 'profile', 'jabatan', 'gelar', 'verifikasi', 'lock', 'sinkronisasi', 'prime', 'capture',
  'screenshot', 'login', 'sign', 'signing',
];

/**
 * Everyday words (complaints, urgency, feelings, sequence) that never name another system, so
 * they never make a question look foreign: "udah klik lupa password tapi bingung".
 */
export const EVERYDAY_WORDS: readonly string[] = [
  'bingung', 'selanjutnya', 'berikutnya', 'kemudian', 'lanjut', 'keburu', 'segera', 'cepat', 'lambat',
  'lama', 'baru', 'sebentar', 'kemarin', 'besok', 'minggu', 'bulan', 'tahun', 'jam', 'menit', 'detik',
  'hari', 'pagi', 'siang', 'sore', 'malam', 'tadi', 'nanti', 'barusan', 'dulu', 'pertama', 'kedua',
  'kali', 'berkali', 'sering', 'selalu', 'kadang', 'terus', 'menerus', 'mulu', 'melulu', 'sama',
  'sekali', 'banyak', 'sedikit', 'semua', 'setiap', 'tiap', 'boleh', 'diperbolehkan', 'dibolehkan',
  'harus', 'wajib', 'perlu', 'coba', 'mencoba', 'dicoba', 'klik', 'pencet', 'tekan', 'buka', 'dibuka',
  'tutup', 'isi', 'diisi', 'mengisi', 'tulis', 'ketik', 'kirim', 'terima', 'dapat', 'pakai', 'dipakai',
  'gunakan', 'digunakan', 'menggunakan', 'lihat', 'melihat', 'cek', 'tunggu', 'menunggu', 'ditunggu',
  'bantu', 'dibantu', 'tanya', 'bertanya', 'jelaskan', 'minta', 'meminta', 'butuh', 'ingin', 'mau',
  'tahu', 'paham', 'ngerti', 'mengerti', 'lupa', 'ingat', 'inget', 'salah', 'benar', 'bener', 'betul',
  'gagal', 'berhasil', 'sukses', 'error', 'eror', 'masalah', 'kendala', 'bermasalah', 'rusak', 'aneh',
  'susah', 'sulit', 'gampang', 'mudah', 'ribet', 'repot', 'kesal', 'capek', 'pusing', 'stres', 'urgent',
  'darurat', 'penting', 'mendesak', 'segera', 'parah', 'banget', 'sangat', 'amat', 'agak', 'cukup',
  'sudah', 'belum', 'masih', 'tetap', 'juga', 'lagi', 'hanya', 'cuma', 'doang', 'aja', 'kok', 'sih',
  'selesai', 'muncul', 'keluar', 'tampil', 'hilang', 'ilang', 'ada', 'tidak', 'bukan', 'jangan',
  'mohon', 'tolong', 'please', 'help', 'urgent', 'asap', 'again', 'still', 'never', 'always', 'first',
  'next', 'then', 'after', 'before', 'already', 'yet', 'try', 'tried', 'click', 'clicked', 'open',
  'opened', 'send', 'sent', 'receive', 'received', 'use', 'used', 'using', 'see', 'work', 'working',
  'works', 'wrong', 'right', 'problem', 'issue', 'error', 'fail', 'failed', 'fails', 'keeps', 'keep',
  'confused', 'stuck', 'new', 'old', 'time', 'times', 'day', 'days', 'week', 'today', 'yesterday',
  'last', 'ago', 'lalu', 'month', 'year', 'morning', 'tonight', 'soon', 'now', 'sekarang', 'kemarin',
  'hapus', 'ganti', 'ubah', 'ulang', 'simbol', 'karakter', 'huruf', 'angka', 'tanda', 'titik', 'spasi',
];
