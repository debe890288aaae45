/**
 * The digital-signature domain in a few words. A question must contain at least one word of
 * the domain (these, or a keyword/title word of a guide topic) before the router sends it to
 * a guide topic; everything else is `unknown`. Why a list: the examples of a topic also
 * contain everyday words ("jam", "besok", "kantor") that must not, alone, pull an unrelated
 * question into a procedure.
 */
export const CORE_DOMAIN_WORDS: readonly string[] = [
  'ams', 'bssn', 'bsre', 'beid', 'tte', 'esign', 'sertifikat', 'passphrase', 'pin', 'otp',
  'password', 'authenticator', 'freeotp', 'barcode', 'nadine', 'hris', 'nik', 'nip', 'ktp',
  'email', 'registrasi', 'daftar', 'perpanjang', 'kedaluwarsa', 'revoke', 'enroll', 'servicedesk',
  'tiket', 'ticket', 'upsdm', 'profil', 'profile', 'jabatan', 'gelar', 'eselon', 'swafoto',
  'selfie', 'suratrekomendasi', 'rekomendasi', 'login',
  'verifikasi', 'lock', 'sinkronisasi', 'kemenkeu', 'prime', 'go id',
  'layanan 15.1', 'capture', 'screenshot', 'tanda tangan', 'sign', 'signing',
];
