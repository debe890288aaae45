/**
 * Checks an identity answer during ticket collection. NIP, NIK and email go through the shared
 * validators (the guide's rules); a name only needs to be readable, because titles do not stop a
 * ticket (the service desk corrects profiles, not the ticket form).
 */
import type { Locale } from '../graph.js';
import { TICKET_PHRASES, say } from './phrases.js';
import { checkField } from '../validators/index.js';

/** The value to keep, or a reprompt that says what was wrong. */
export type FieldAnswer = { ok: true; value: string } | { ok: false; message: string };

const EXAMPLE = { id: 'Contoh:', en: 'Example:' } as const;
const NAME = /^[\p{L}][\p{L} .,'-]{1,79}$/u;

/** Checks `input` as the answer for `field` (`name`, `nip`, `nik`, `email`, or any text slot). */
export function checkFieldAnswer(field: string, input: string, locale: Locale, today: Date): FieldAnswer {
  const text = input.trim().replace(/\s+/g, ' ');
  if (field === 'nip' || field === 'nik' || field === 'email') {
    const checked = checkField(field, text, locale, today);
    if (checked.ok) return checked;
    return { ok: false, message: `${checked.errors.join('\n')}\n${EXAMPLE[locale]} ${checked.example}` };
  }
  if (field === 'name') return NAME.test(text) ? { ok: true, value: text } : { ok: false, message: say(TICKET_PHRASES.badName, locale) };
  return text.length > 0 && text.length <= 200 ? { ok: true, value: text } : { ok: false, message: say(TICKET_PHRASES.badName, locale) };
}
