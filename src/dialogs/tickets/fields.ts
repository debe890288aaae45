/**
 * The identity fields a ticket template asks for (name, nip, email, nik, or any other slot):
 * how each is asked, what the prompt awaits, and how an answer is checked.
 */
import type { Locale } from '../graph.js';
import type { Awaiting } from '../messages.js';
import { FIELD_LABELS, TICKET_PHRASES, say } from './phrases.js';
import { checkFieldAnswer } from './field-check.js';

/** The identity fields the draft model holds. */
export const IDENTITY_FIELDS = ['name', 'nip', 'email', 'nik'] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

/** True for the fields {@link TicketDraft.identity} has a place for. */
export function isIdentityField(field: string): field is IdentityField {
  return (IDENTITY_FIELDS as readonly string[]).includes(field);
}

/** What the collection awaits while asking `field`. */
export function fieldAwaiting(field: string): Awaiting {
  if (field === 'nip' || field === 'nik' || field === 'email') return { kind: field, slot: field };
  return { kind: 'text', slot: field };
}

/** The question for `field`. */
export function fieldQuestion(field: string, locale: Locale): string {
  switch (field) {
    case 'name': return say(TICKET_PHRASES.askName, locale);
    case 'nip': return say(TICKET_PHRASES.askNip, locale);
    case 'email': return say(TICKET_PHRASES.askEmail, locale);
    case 'nik': return say(TICKET_PHRASES.askNik, locale);
    default: return say(TICKET_PHRASES.askOther, locale, { field: fieldLabel(field, locale) });
  }
}

/** The display name of `field`. */
export function fieldLabel(field: string, locale: Locale): string {
  return FIELD_LABELS[field]?.[locale] ?? field;
}

/** The outcome of checking an answer: the value to keep, or a specific reprompt. */
export type FieldCheck = { ok: true; value: string } | { ok: false; message: string };

/** Checks `input` as an answer for `field`. */
export function checkField(field: string, input: string, locale: Locale, today: Date): FieldCheck {
  return checkFieldAnswer(field, input, locale, today);
}
