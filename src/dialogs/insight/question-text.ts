/**
 * The form a question is counted under: secrets and personal data removed, then lower-cased,
 * whitespace collapsed and trailing punctuation dropped, so "Lupa PIN??" and "lupa pin" are one
 * line for the maintainers while the words themselves stay as the user wrote them.
 */
import { guardSecrets } from '../input/index.js';
import { maskPersonalData } from './personal-data.js';

/** Longest question kept (longer ones are cut at a word). */
export const MAX_QUESTION_CHARS = 160;

/** The counted form of `text`; empty when nothing is left. */
export function questionKey(text: string): string {
  // The engine already removed secrets; guarding again costs little on this rare path.
  const safe = maskPersonalData(guardSecrets(text).text);
  let key = safe.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  key = key.replace(/^["'“”‘’]+|["'“”‘’]+$/g, '').replace(/[\s?!.,;:]+$/u, '').trim();
  // The masks are counted as written, not lower-cased ([NIP] stays [NIP]).
  key = key.replace(/\[(nip|nik)\]/g, (_m, kind: string) => `[${kind.toUpperCase()}]`);
  if (key.length <= MAX_QUESTION_CHARS) return key;
  const cut = key.slice(0, MAX_QUESTION_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_QUESTION_CHARS / 2 ? cut.slice(0, space) : cut}…`;
}
