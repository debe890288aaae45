/**
 * The text the topic router sees: the user's (already redacted) words without the secret
 * placeholder, which would otherwise make "pin saya [disembunyikan] salah" look out of scope.
 */
import { SECRET_PLACEHOLDER } from './secret-guard.js';

/** `text` with every secret placeholder removed and spaces tidied. */
export function withoutPlaceholder(text: string): string {
  return text.split(SECRET_PLACEHOLDER).join(' ').replace(/\s+/g, ' ').trim();
}
