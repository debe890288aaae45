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
 * Strong words that name where a question happens rather than what it is about: the HRIS
 * registers DS but also holds leave, pay and addresses ("update alamat rumah di hris"). They
 * keep a question in the domain but do not excuse words the guide never uses.
 */
export const HOST_SYSTEM_WORDS: readonly string[] = ['hris', 'upsdm', 'helpdesk', 'servicedesk'];

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
  'kata', 'katanya', 'bilang', 'tulisan', 'tertulis', 'sudahterima',
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
  'bicara', 'ngomong', 'hubungi', 'kontak', 'contact', 'talk', 'orang', 'person', 'datang', 'sampai',
  'menu', 'list', 'message', 'pesan', 'tercatat', 'catat', 'lampir', 'lampirkan', 'lampiran', 'attach', 'nyerah', 'menyerah', 'awal', 'lanjutan', 'akhir', 'artinya', 'maksud', 'maksudnya', 'mean', 'means', 'suruh', 'disuruh',
];

/**
 * Names of the organisations around DS ("BSSN", "Kemenkeu"): they say whose system it is,
 * not what the question is about. A question whose only domain words are these ("alamat
 * kantor bssn", "kepala bssn siapa") is about the organisation, so `unknown`.
 */
export const ORGANISATION_WORDS: readonly string[] = ['bssn', 'bsre', 'kemenkeu', 'balai'];

/**
 * Words that describe an organisation as readily as a user's AMS data: "profil kemenkeu",
 * "profil pejabat eselon 1". With only these and {@link ORGANISATION_WORDS} as domain words,
 * and nothing else the guide says, a question is about the organisation.
 */
export const ORGANISATION_PROFILE_WORDS: readonly string[] = ['profil', 'profile', 'eselon'];

/**
 * Words specific enough to DS/TTE that a question naming them stays in scope whatever other
 * system it also names ("ttd di nadine gagal pas ngajuin cuti").
 */
export const ANCHOR_WORDS: readonly string[] = [
  'ams', 'bsre', 'beid', 'esign', 'passphrase', 'enroll', 'revoke', 'noreply', 'setpin', '15_1',
];

/**
 * Anchors that name the DS system itself (BSSN's AMS, BSrE, the HRIS DS menu, Nadine); the
 * other anchors are concepts other certificate systems share (Coretax has a passphrase, a
 * Peruri certificate is enrolled too). Beside a {@link NOT_DS_SIGNATURE_WORDS} word only these
 * keep a question in scope: "passphrase coretax lupa" is `unknown`, "passphrase ams" is not.
 */
export const DS_SYSTEM_WORDS: readonly string[] = ['ams', 'bsre', 'beid', 'bssn', 'noreply', '15_1', 'hris'];

/**
 * Nadine also writes, files, dispositions and prints letters; the guide covers only signing in
 * it. "nadine" keeps a question in scope only beside one of these signing words ("tte di
 * nadine", "pin salah di nadine"); "disposisi di nadine", "print dari nadine" are `unknown`.
 */
export const NADINE_SIGNING_WORDS: readonly string[] = [
  'tte', 'sign', 'signing', 'tandatangan', 'ditandatangani', 'pin', 'passphrase', 'sertifikat', 'elektronik',
  'esign', 'belumterdaftar', 'kertas', 'kuning', 'bsre', 'bssn', 'ams', 'stuck', 'loading', 'selesai',
];

/**
 * Greeting words that are greetings only as a pair ("selamat pagi", "good morning") or a
 * time word on its own ("pagi min"): "selamat ulang tahun", "good job", "good night" and
 * "makan siang" are not greetings.
 */
export const GREETING_OPENERS: readonly string[] = ['selamat', 'good'];
/** Times of day that complete a greeting opener (see {@link GREETING_OPENERS}). */
export const GREETING_TIMES: readonly string[] = ['pagi', 'siang', 'sore', 'malam', 'morning', 'afternoon', 'evening'];

/**
 * DS words that keep a question in scope against {@link OTHER_SYSTEM_WORDS} but not against
 * {@link NOT_DS_SIGNATURE_WORDS}: "tanda tangan" is also the wet one, tax filing has its own
 * electronic certificate, and an authenticator app serves any account.
 */
export const WEAK_ANCHOR_WORDS: readonly string[] = [
  'tte', 'elektronik', 'sertifikat', 'authenticator', 'freeotp', 'swafoto', 'selfie', 'suratrekomendasi',
];

/**
 * Signatures, certificates and apps that are not the DS ones, even beside "tanda tangan",
 * "sertifikat" or "authenticator" ("ttd basah", "sertifikat vaksin", "tte di coretax",
 * "authenticator buat instagram").
 */
export const NOT_DS_SIGNATURE_WORDS: readonly string[] = [
  'ttdbasah', 'materai', 'meterai', 'fotoprofil', 'coretax', 'djponline', 'efin', 'efiling', 'sptpajak',
  'pajak', 'vaksin', 'bioskop', 'konser', 'instagram', 'whatsapp', 'facebook', 'twitter', 'tiktok',
  'shopee', 'tokopedia', 'gojek', 'bank', 'atm', 'bca', 'bri', 'bni', 'webinar', 'seminar',
  // paper and office documents signed by hand
  'emailsignature', 'manual', 'spj', 'kuitansi', 'kwitansi', 'spesimen', 'word', 'excel', 'formulir', 'github',
  // other e-signature providers and document tools
  'privy', 'docusign', 'adobe', 'acrobat',
  // certificates that are not the DS one: web servers, training, land, competence
  'peruri', 'perurisign', 'ssl', 'tls', 'https', 'pelatihan', 'diklat', 'klc', 'bnsp', 'kompetensi', 'tanah', 'pengadaan', 'toefl',
  // e-wallets and attendance apps that also take a selfie
  'gopay', 'ovo', 'ewallet', 'shopeepay', 'linkaja', 'presensi', 'absen', 'absensi', 'microsoft',
  // a signature pasted as a picture, and the tax office's own certificates
  'png', 'jpg', 'jpeg', 'tempel', 'efaktur', 'mpajak',
  // identity documents with their own photo or selfie checks
  'paspor', 'passport',
  // recommendation letters for other purposes
  'beasiswa', 'lpdp', 'tugasbelajar', 'kuliah', 'pindahinstansi',
];

/**
 * Other systems and everyday matters that share words with the guide ("password", "pin",
 * "tiket", "nik", "status", "perpanjang", "login") but are not DS: naming one of them without
 * an {@link ANCHOR_WORDS} word makes a question `unknown` ("lupa pw simpeg", "nik di bpjs
 * salah", "tiket kereta", "perpanjang paspor", "login e-office").
 */
export const OTHER_SYSTEM_WORDS: readonly string[] = [
  // IT systems, accounts, devices
  'simpeg', 'eoffice', 'vpn', 'wifi', 'windows', 'zoom', 'msteams', 'outlook', 'sakti', 'instagram',
  'whatsapp', 'facebook', 'twitter', 'tiktok', 'shopee', 'tokopedia', 'gojek', 'printer', 'laptop',
  'komputer', 'kemenkeuid', 'office', 'microsoft', 'icloud', 'linkedin', 'myasn', 'sso', 'spse',
  'klc', 'elearning', 'ekinerja', 'github', 'kuota', 'mailbox', 'forward',
  'koperasi', 'brankas', 'ijazah', 'legalisir', 'akreditasi', 'toefl', 'ssl', 'website', 'pelatihan',
  'sejarah', 'lowongan', 'pppk', 'ppnpn', 'kontrak', 'akronim',
  // Kemenkeu's and the civil service's other HR portals, and how to reach people
  'sikka', 'mysapk', 'sapk', 'bkn', 'taspen', 'satukemenkeu', 'callcenter', 'hotline', 'kontakwa',
  'nomortelepon', 'pendidikan', 'mutasi', 'pelantikan', 'pensiun', 'gopay', 'ovo', 'privy', 'docusign',
  'satusehat', 'pedulilindungi', 'ikd', 'samsat', 'imigrasi', 'bpn', 'telkomsel', 'indosat', 'pln',
  'kpr', 'lpse', 'fotokopi', 'fotocopy', 'scanner', 'eksternal', 'pemutakhiran', 'domisili',
  // banks, taxes, public services
  'atm', 'bca', 'bri', 'bni', 'bank', 'rekening', 'bpjs', 'djponline', 'efin', 'efiling', 'sptpajak',
  'npwp', 'pajak', 'paspor', 'passport', 'stnk', 'simcard', 'cpns', 'dukcapil', 'materai', 'meterai',
  'vaksin', 'bioskop', 'konser',
  // travel and HR matters
  'kereta', 'pesawat', 'hotel', 'cuti', 'gaji', 'absen', 'presensi', 'lembur', 'tunjangan', 'tukin',
  'skp', 'pangkat', 'keluarga', 'kk', 'anak', 'istri', 'suami', 'nikah', 'pernikahan', 'sppd',
  'reimburse', 'diklat', 'thr',
];

/**
 * Credentials, and the systems whose credential a question asks about when the two stand
 * side by side ("password gmail", "gmail password", "pin atm", "pin hp"): then it is that
 * system's credential, not the AMS password or the signing PIN.
 */
export const CREDENTIAL_WORDS: readonly string[] = ['password', 'username', 'akun', 'account', 'login', 'pin'];
/** Owners of a password/account beside the credential word (besides {@link OTHER_SYSTEM_WORDS}). */
export const PASSWORD_OWNER_WORDS: readonly string[] = ['gmail', 'yahoo', 'google', 'hris', 'handphone', 'email'];
/** Owners of a PIN beside the word "pin" (the HRIS resets the signing PIN, so it is not one). */
export const PIN_OWNER_WORDS: readonly string[] = ['handphone', 'kartu', 'card'];
/** After "password email", these say the mailbox is the owner ("password email kantor"). */
export const MAILBOX_WORDS: readonly string[] = [
  'kemenkeu', 'kantor', 'dinas', 'kedinasan', 'gmail', 'yahoo', 'outlook', 'pribadi', 'personal',
];

/**
 * Setting a mailbox up on a device ("setting email kantor di hp", "set up email on my
 * phone") is mail-client configuration, not the authenticator setup: a question with
 * "email", one of these verbs and one of {@link DEVICE_WORDS} (and no OTP word) is `unknown`.
 */
export const CONFIGURE_WORDS: readonly string[] = [
  'setting', 'set', 'setup', 'pasang', 'konfigurasi', 'configure', 'install', 'tambah', 'add', 'sinkron', 'sync',
];
/** Devices a mailbox is configured on (see {@link CONFIGURE_WORDS}). */
export const DEVICE_WORDS: readonly string[] = [
  'handphone', 'android', 'iphone', 'ipad', 'tablet', 'laptop', 'komputer', 'pc', 'mac', 'macbook',
];
/** Words that make a device setup the authenticator's, never a mailbox's. */
export const OTP_WORDS: readonly string[] = ['otp', 'barcode', 'scan', 'authenticator', 'freeotp', 'device'];

/**
 * "helpdesk djp nomor berapa", "nomor admin bssn": asking for a contact's number. A question
 * with "nomor", one of these contacts and none of {@link DS_NUMBER_WORDS} is `unknown` (the
 * bot reaches the helpdesk through a ticket, it does not hand out phone numbers).
 */
export const CONTACT_WORDS: readonly string[] = [
  'helpdesk', 'servicedesk', 'admin', 'cs', 'operator', 'petugas', 'bssn', 'kemenkeu', 'kantor', 'ra',
];
/** Numbers the guide itself is about: NIK, NIP, a ticket or the service (see {@link CONTACT_WORDS}). */
export const DS_NUMBER_WORDS: readonly string[] = [
  'nik', 'nip', 'ktp', 'tiket', 'ticket', 'layanan', '15_1', 'sertifikat', 'seri', 'pin', 'otp',
];
