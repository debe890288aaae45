/**
 * Lexicon of chat slang, abbreviations and spelling variants that Kemenkeu employees use when
 * they write about their digital signature, mapped to one canonical spelling.
 *
 * Why: the router compares words, and "gk bs ttd", "ga bisa tte" and "tidak bisa tanda tangan
 * elektronik" must become the same words before stemming. The same mapping is applied to the
 * training examples and to the questions, so the canonical form only has to be consistent.
 */
import { FOREIGN_PHRASES } from './foreign-phrases.js';

/**
 * Multi-word phrases rewritten before tokenising (longest first). Keys are lower-case,
 * already punctuation-free word sequences; values are the canonical replacement.
 */
export const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['tanda tangan elektronik', 'tte'],
  ['tanda tangan digital', 'tte'],
  ['tanda tangan', 'tte'],
  ['digital signature', 'tte'],
  ['electronic signature', 'tte'],
  ['e sign', 'esign'],
  ['kata sandi', 'password'],
  ['tidak ingat', 'lupa'],
  ['tidak bisa ingat', 'lupa'],
  ['tidak hafal', 'lupa'],
  ['frasa sandi', 'passphrase'],
  ['e prime', 'hris'],
  ['e signature', 'tte'],
  ['pass word', 'password'],
  ['log in', 'login'],
  ['sign in', 'login'],
  ['terima kasih', 'makasih'],
  ['thank you', 'makasih'],
  ['thanks a lot', 'makasih'],
  ['google authenticator', 'authenticator'],
  ['google auth', 'authenticator'],
  ['free otp', 'freeotp'],
  ['service desk', 'servicedesk'],
  ['one time code', 'otp'],
  ['one time password', 'otp'],
  ['kode otp', 'otp'],
  ['qr code', 'barcode'],
  ['bar code', 'barcode'],
  ['masa berlaku habis', 'kedaluwarsa'],
  ['sertifikat digital', 'sertifikat elektronik'],
  ['digital certificate', 'sertifikat elektronik'],
  ['electronic certificate', 'sertifikat elektronik'],
  ['digital certificates', 'sertifikat elektronik'],
  ['masa aktif habis', 'kedaluwarsa'],
  ['e mail', 'email'],
  ['surat rekomendasi', 'suratrekomendasi'],
  ['recommendation letter', 'suratrekomendasi'],
  ['surat rekom', 'suratrekomendasi'],
  ['di mana', 'dimana'],
  ['badan siber dan sandi negara', 'bssn'],
  ['balai sertifikasi elektronik', 'bsre'],
  ['balai sertifikat elektronik', 'bsre'],
  ['kementerian keuangan', 'kemenkeu'],
  ['belum terdaftar', 'belumterdaftar'],
  ['tidak terdaftar', 'belumterdaftar'],
  ['not registered', 'belumterdaftar'],
  ['matur nuwun', 'makasih'],
  ...FOREIGN_PHRASES,
];

/**
 * Single-word replacements (value may be several words). A Map, not an object: a user's word
 * such as "constructor" or "__proto__" must not find Object.prototype's members.
 */
export const SLANG: ReadonlyMap<string, string> = new Map(Object.entries({
  // negation
  gak: 'tidak', ga: 'tidak', gk: 'tidak', nggak: 'tidak', ngga: 'tidak', nggk: 'tidak',
  enggak: 'tidak', engga: 'tidak', tdk: 'tidak', tak: 'tidak', kagak: 'tidak', ndak: 'tidak',
  no: 'tidak', not: 'tidak', never: 'tidak', didnt: 'tidak', dont: 'tidak', doesnt: 'tidak', isnt: 'tidak',
  wont: 'tidak', cant: 'tidak bisa', gabisa: 'tidak bisa', gbs: 'tidak bisa', gaada: 'tidak ada', gada: 'tidak ada', kaga: 'tidak', g: 'tidak', nda: 'tidak', tdak: 'tidak',
  // question words
  gmn: 'bagaimana', gimana: 'bagaimana', bgmn: 'bagaimana', bgm: 'bagaimana', gmana: 'bagaimana',
  gmna: 'bagaimana', gimna: 'bagaimana', bagaimanakah: 'bagaimana',
  knp: 'kenapa', napa: 'kenapa', ngapa: 'kenapa', mengapa: 'kenapa', knapa: 'kenapa',
  dmn: 'dimana', dmana: 'dimana', kpn: 'kapan', brp: 'berapa', apakah: 'apa',
  // aspect
  udh: 'sudah', udah: 'sudah', sdh: 'sudah', dah: 'sudah', sudh: 'sudah', udahan: 'sudah',
  blm: 'belum', blom: 'belum', belom: 'belum', lom: 'belum', blum: 'belum',
  // function words
  yg: 'yang', dgn: 'dengan', dg: 'dengan', krn: 'karena', karna: 'karena', soalnya: 'karena',
  bs: 'bisa', bsa: 'bisa', lg: 'lagi', lgi: 'lagi', aja: 'saja', doang: 'saja', tp: 'tapi',
  tpi: 'tapi', sy: 'saya', aku: 'saya', gue: 'saya', gw: 'saya', gua: 'saya', ane: 'saya',
  utk: 'untuk', untk: 'untuk', jg: 'juga', sm: 'sama', kl: 'kalau', kalo: 'kalau', klo: 'kalau',
  td: 'tadi', trs: 'terus', trus: 'terus', bgt: 'banget', mo: 'mau', pengen: 'mau', pgn: 'mau',
  ato: 'atau', atw: 'atau', tlg: 'tolong', tolongin: 'tolong', mhn: 'mohon', dll: 'dan lain',
  dr: 'dari', spt: 'seperti', kyk: 'kayak', gitu: 'begitu', gt: 'begitu', sj: 'saja',
  emg: 'memang', emang: 'memang', cuman: 'cuma', cm: 'cuma', trus2: 'terus', sblm: 'sebelum',
  stlh: 'setelah', abis: 'habis', hbs: 'habis', skrg: 'sekarang', skr: 'sekarang', bkn: 'bukan',
  msh: 'masih', masi: 'masih', msih: 'masih', tsb: 'tersebut', bnr: 'benar', bener: 'benar',
  // greetings and thanks
  hai: 'halo', hallo: 'halo', hello: 'halo', helo: 'halo', hi: 'halo', hey: 'halo', hei: 'halo',
  hy: 'halo', hii: 'halo', hay: 'halo', pagi: 'pagi', slmt: 'selamat', met: 'selamat',
  assalamualaikum: 'assalamualaikum', assalamu: 'assalamualaikum', asw: 'assalamualaikum',
  ass: 'assalamualaikum', salam: 'assalamualaikum', permisi: 'permisi', punten: 'permisi',
  makasi: 'makasih', mksh: 'makasih', mks: 'makasih', makasiih: 'makasih', trims: 'makasih',
  trimakasih: 'makasih', terimakasih: 'makasih', thx: 'makasih', thanks: 'makasih',
  thank: 'makasih', tq: 'makasih', ty: 'makasih', tengkyu: 'makasih', suwun: 'makasih',
  nuhun: 'makasih', tks: 'makasih', tx: 'makasih', thnks: 'makasih', thanx: 'makasih',
  // devices
  hp: 'handphone', henpon: 'handphone', ponsel: 'handphone', phone: 'handphone',
  smartphone: 'handphone', gawai: 'handphone', hape: 'handphone',
  // signature and certificate
  ttd: 'tte', ds: 'tte', esignature: 'tte', tgn: 'tangan', eprime: 'hris', se: 'sertifikat elektronik', digsig: 'tte', tandatangan: 'tte', ttde: 'tte', signature: 'tte',
  sertif: 'sertifikat', sertipikat: 'sertifikat', certificate: 'sertifikat', cert: 'sertifikat',
  certificates: 'sertifikat', sertifikate: 'sertifikat', serti: 'sertifikat',
  // credentials
  pw: 'password', pwd: 'password', pass: 'password', passwd: 'password', pasword: 'password',
  passw: 'password', paswd: 'password', sandi: 'password', katasandi: 'password',
  passphrase: 'passphrase', pasphrase: 'passphrase', passprase: 'passphrase', frasa: 'passphrase',
  passfrase: 'passphrase', paraphrase: 'passphrase',
  // "pejabat" (officials) would stem to "jabat", the profile's Jabatan field.
  pejabat: 'pimpinan', officials: 'pimpinan',
  // apps and portals
  nadin: 'nadine', nadien: 'nadine', beid: 'beid', bsre: 'bsre', bsr: 'bsre',
  autentikator: 'authenticator', authenticatr: 'authenticator', authentikator: 'authenticator',
  auth: 'authenticator', authenticator: 'authenticator', freeotp: 'freeotp',
  qr: 'barcode', qrcode: 'barcode', kodeqr: 'barcode',
  imel: 'email', surel: 'email', mail: 'email', emal: 'email', emial: 'email', emil: 'email',
  // states and actions
  expired: 'kedaluwarsa', expire: 'kedaluwarsa', expires: 'kedaluwarsa', exp: 'kedaluwarsa',
  kadaluarsa: 'kedaluwarsa', kadaluwarsa: 'kedaluwarsa', kedaluarsa: 'kedaluwarsa',
  kadarluarsa: 'kedaluwarsa', kadaluarse: 'kedaluwarsa', expaired: 'kedaluwarsa',
  renew: 'perpanjang', renewal: 'perpanjang', extend: 'perpanjang', perpanjangan: 'perpanjang',
  memperpanjang: 'perpanjang', diperpanjang: 'perpanjang', perpnjang: 'perpanjang',
  regis: 'registrasi', register: 'registrasi', registration: 'registrasi', regist: 'registrasi',
  registrasi: 'registrasi', signup: 'registrasi', registering: 'registrasi', registered: 'registrasi',
  ngecek: 'cek', ngecheck: 'cek', check: 'cek', checking: 'cek', dicek: 'cek', mengecek: 'cek', cekin: 'cek',
  dapet: 'dapat', dapetin: 'dapat', dpt: 'dapat', bikin: 'buat', bkin: 'buat', ngurus: 'urus', enroll: 'enroll', enrol: 'enroll',
  forgot: 'lupa', forget: 'lupa', forgotten: 'lupa', lali: 'lupa', remember: 'ingat', inget: 'ingat',
  tgl: 'tanggal', bln: 'bulan', thn: 'tahun', th: 'tahun',
  loading: 'loading', muter: 'loading', muter2: 'loading', stuck: 'stuck', nyangkut: 'stuck',
  revoked: 'revoke', dicabut: 'revoke', pencabutan: 'revoke',
  // more chat spellings
  lgn: 'login', lgin: 'login', logn: 'login', loggin: 'login', logon: 'login', signin: 'login',
  gnti: 'ganti', gantii: 'ganti', ngganti: 'ganti', ngubah: 'ubah', rubah: 'ubah',
  ngapain: 'apa', gmn2: 'bagaimana', ngomong: 'bicara', ngobrol: 'bicara',
  mulu: 'terus', melulu: 'terus', nuwun: 'makasih', nyoba: 'coba', nyobain: 'coba', nunggu: 'tunggu', nungguin: 'tunggu',
  ngisi: 'isi', nyari: 'cari', ngirim: 'kirim', nerima: 'terima', ngeklik: 'klik',
  ilang: 'hilang', dateng: 'datang', nyampe: 'sampai', nyampai: 'sampai', sampe: 'sampai',
  kelar: 'selesai', lemot: 'lambat', lelet: 'lambat',
  paswod: 'password', passwod: 'password', pasword2: 'password', passward: 'password',
  passpharse: 'passphrase', pashprase: 'passphrase', pssphrase: 'passphrase',
  sertfikat: 'sertifikat', sertifkat: 'sertifikat', sertifikt: 'sertifikat', srtifikat: 'sertifikat',
  registasi: 'registrasi', registarsi: 'registrasi', regristrasi: 'registrasi', resgistrasi: 'registrasi',
  perpnjangan: 'perpanjang', perpajang: 'perpanjang', prpanjang: 'perpanjang', panjangin: 'perpanjang',
  pnya: 'punya', pny: 'punya', dftr: 'daftar', daftr: 'daftar',
  basah: 'ttdbasah', rekom: 'rekomendasi', srt: 'surat', otentikator: 'authenticator', authenticater: 'authenticator',
} satisfies Record<string, string>));

/**
 * English verbs Indonesian chat inflects like its own ("discan", "diupload", "ngeprint",
 * "keupload"): with one of these after a prefix, the prefix is dropped. The Indonesian
 * stemmer only knows native roots, so it leaves such loans alone.
 */
export const LOAN_VERBS: ReadonlySet<string> = new Set([
  'scan', 'klik', 'click', 'upload', 'download', 'submit', 'reset', 'update', 'install', 'input',
  'print', 'cek', 'check', 'login', 'approve', 'reject', 'enroll', 'revoke', 'sync', 'copy', 'setting',
  'save', 'refresh', 'restart', 'capture', 'screenshot', 'share', 'forward', 'email', 'verify',
  'register', 'renew', 'extend', 'backup', 'restore', 'delete', 'edit', 'follow', 'approval', 'blokir',
]);

/** "-in" words that are not the colloquial "-kan" ("kemarin", "mungkin", "login"). */
export const NOT_IN_SUFFIXED: ReadonlySet<string> = new Set([
  'kemarin', 'mungkin', 'domain', 'plugin', 'online', 'ingin', 'dingin', 'miskin', 'yakin', 'login',
  'admin', 'signin', 'bulletin', 'vitamin', 'latin', 'machine', 'nadin', 'cabin', 'margin', 'begin',
  'within', 'pertain', 'obtain', 'contain', 'maintain', 'remain', 'again', 'certain', 'captain',
  'mesin', 'angin', 'kain', 'lain', 'main', 'izin', 'ijin', 'pin', 'setpin', 'pemain', 'cermin',
  'poin', 'koin', 'kopin', 'lapin', 'kabin', 'robin', 'austin', 'martin', 'darwin', 'kevin',
]);

/**
 * Words that carry no topic signal in either language; dropped from the index and from
 * questions so that long complaints are judged by their content words.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  // Indonesian
  'yang', 'di', 'ke', 'dari', 'dan', 'atau', 'saya', 'kami', 'kita', 'anda', 'ini', 'itu', 'ada',
  'untuk', 'dengan', 'pada', 'dalam', 'akan', 'juga', 'sudah', 'belum', 'lagi', 'saja', 'tapi',
  'karena', 'kalau', 'jika', 'apa', 'apakah', 'bagaimana', 'kenapa', 'dimana', 'kapan', 'berapa',
  'mau', 'ingin', 'bisa', 'dapat', 'tolong', 'mohon', 'bantu', 'bantuan', 'pak', 'bu', 'bapak',
  'ibu', 'mas', 'mbak', 'kak', 'min', 'admin', 'gan', 'nih', 'dong', 'deh', 'sih', 'ya', 'yah',
  'kok', 'kah', 'lah', 'pun', 'nya', 'aja', 'sama', 'tadi', 'terus', 'banget', 'sekali', 'masih',
  'hari', 'ini', 'tersebut', 'seperti', 'begitu', 'gitu', 'kayak', 'memang', 'cuma', 'hanya',
  'ok', 'oke', 'okay', 'oh', 'eh', 'hmm', 'wkwk', 'sebelum', 'setelah', 'sekarang', 'bukan', 'jadi',
  'agar', 'supaya', 'bila', 'apabila', 'oleh', 'para', 'per', 'sang', 'tanya', 'nanya',
  'caranya', 'cara', 'gimana', 'benar', 'adalah', 'ialah', 'bagi', 'tentang', 'soal', 'mengenai',
  'punya', 'milik', 'udah', 'harus', 'perlu', 'tetap', 'kenapa', 'langkah', 'langkahnya', 'prosedur',
  'info', 'informasi', 'arahan', 'petunjuk', 'waktu', 'pas', 'saat', 'ketika', 'sedang', 'lagi', 'gmn',
  'mana', 'matur', 'kira', 'kiranya', 'ya', 'yaa', 'kan', 'toh', 'loh', 'lho', 'dah', 'tuh', 'nah',
  // English
  'the', 'a', 'an', 'is', 'are', 'am', 'was', 'were', 'be', 'been', 'i', 'my', 'me', 'you', 'your',
  'we', 'our', 'it', 'its', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'and', 'or', 'but', 'do',
  'does', 'did', 'how', 'what', 'why', 'when', 'where', 'which', 'can', 'could', 'should', 'would',
  'will', 'please', 'pls', 'plz', 'help', 'this', 'that', 'there', 'have', 'has', 'had', 'so',
  'just', 'still', 'again', 'get', 'got', 'from', 'about', 'any', 'some', 'if', 'then', 'than',
  'im', 'ive', 't', 's', 'as', 'by', 'up', 'out', 'hey',
  'sir', 'madam', 'mr', 'mrs', 'ms', 'hello', 'kindly', 'need', 'want', 'way', 'let', 'us', 'one',
  'procedure', 'step', 'steps', 'while', 'during', 'info', 'information',
]);
