/**
 * The text the topic router sees: the user's (already redacted) words without the secret
 * placeholder, which would otherwise make "pin saya [disembunyikan] salah" look out of scope.
 */
import { SECRET_PLACEHOLDER } from './secret-guard.js';
import { words } from './hygiene.js';

/** `text` with every secret placeholder removed and spaces tidied. */
export function withoutPlaceholder(text: string): string {
  return text.split(SECRET_PLACEHOLDER).join(' ').replace(/\s+/g, ' ').trim();
}

/** Words that only announce or frame a secret ("kode otp", "pin saya", "my password is"). */
const SECRET_FRAME = new Set(['password', 'pass', 'pw', 'pwd', 'passwd', 'sandi', 'kata', 'frasa', 'passphrase', 'pin', 'otp', 'kode',
  'code', 'token', 'verifikasi', 'verification', 'saya', 'aku', 'gue', 'gw', 'sy', 'my', 'is', 'adalah', 'yaitu', 'nya', 'ini', 'itu',
  'the', 'baru', 'new', 'lama', 'old', 'ams', 'hris', 'ds', 'tte', 'nadine', 'bssn', 'ya', 'min', 'pak', 'bu', 'kak', 'disembunyikan']);

/** Whether redacted `text` holds nothing but a secret and the words announcing it. */
export function isSecretOnly(text: string): boolean {
  if (!text.includes(SECRET_PLACEHOLDER)) return false;
  return words(withoutPlaceholder(text)).every((w) => SECRET_FRAME.has(w));
}
