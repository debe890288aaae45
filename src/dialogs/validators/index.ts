/**
 * Validators of typed answers, from the guide's rules. `checkField` is what the engine calls
 * for a prompt; the individual schemas and parsers are exported for other uses (tickets, logs).
 */
import type { FieldRule, Locale, LocalizedText, PromptKind } from '../graph.js';
import { confirmProblems, parseConfirm } from './confirm.js';
import { dateProblems, parseDate } from './dates.js';
import { emailProblems } from './email.js';
import { nikProblems } from './nik.js';
import { nipProblems } from './nip.js';
import { nameProblems, positionProblems, unitProblems } from './profile.js';
import { compactDigits, problem, type Problem } from './problem.js';

export { NipSchema, nipProblems, parseNip, type NipInfo } from './nip.js';
export { NikSchema, nikProblems, parseNik, type NikInfo } from './nik.js';
export { OfficialEmailSchema, emailProblems } from './email.js';
export { DateSchema, dateProblems, parseDate } from './dates.js';
export { confirmProblems, parseConfirm } from './confirm.js';
export {
  ProfileNameSchema, ProfilePositionSchema, ProfileUnitSchema, nameProblems, positionProblems,
  unitProblems, MAX_NAME_CHARS, MAX_POSITION_CHARS,
} from './profile.js';
export { ESELON_I_UNITS, type EselonUnit } from './eselon1-units.js';
export type { Problem } from './problem.js';

/** The outcome of checking one typed answer. */
export type FieldCheck =
  | { ok: true; value: string }
  | { ok: false; errors: string[]; example: string };

/** Longest free-text answer kept (a profile field or a description is never longer). */
export const MAX_TEXT_CHARS = 1_000;

const EXAMPLES: Record<PromptKind | FieldRule, LocalizedText> = {
  text: { id: 'Tulis jawaban Anda dalam satu pesan', en: 'Type your answer in one message' },
  nip: { id: '198503122010011001', en: '198503122010011001' },
  nik: { id: '3171015203850002', en: '3171015203850002' },
  email: { id: 'budi.santoso@kemenkeu.go.id', en: 'budi.santoso@kemenkeu.go.id' },
  date: { id: '31/12/2025 atau 31 Desember 2025', en: '31/12/2025 or 31 December 2025' },
  photo: { id: 'kirim tangkapan layar (screenshot)', en: 'send a screenshot' },
  confirm: { id: 'ya / tidak', en: 'yes / no' },
  'profile-name': { id: 'Budi Santoso', en: 'Budi Santoso' },
  'profile-position': { id: 'Pelaksana', en: 'Pelaksana' },
  'profile-unit': { id: 'Sekretariat Jenderal', en: 'Sekretariat Jenderal' },
};

function textProblems(input: string): Problem[] {
  const text = input.trim();
  if (text === '') return [problem('Jawaban masih kosong. Tulis jawaban Anda dalam satu pesan.', 'The answer is empty. Type your answer in one message.')];
  if (text.length > MAX_TEXT_CHARS) {
    return [problem(`Jawaban terlalu panjang (${text.length} karakter). Tulis paling banyak ${MAX_TEXT_CHARS} karakter.`,
      `The answer is too long (${text.length} characters). Use at most ${MAX_TEXT_CHARS}.`)];
  }
  return [];
}

function problemsOf(kind: PromptKind | FieldRule, input: string, today: Date): Problem[] {
  switch (kind) {
    case 'nip': return nipProblems(input, today);
    case 'nik': return nikProblems(input, today);
    case 'email': return emailProblems(input);
    case 'date': return dateProblems(input);
    case 'confirm': return confirmProblems(input);
    case 'profile-name': return nameProblems(input);
    case 'profile-position': return positionProblems(input);
    case 'profile-unit': return unitProblems(input);
    case 'photo': return [];
    case 'text': return textProblems(input);
  }
}

function valueOf(kind: PromptKind | FieldRule, input: string): string {
  switch (kind) {
    case 'nip': case 'nik': return compactDigits(input);
    case 'email': { const t = input.trim(); const at = t.indexOf('@'); return `${t.slice(0, at)}@${t.slice(at + 1).toLowerCase()}`; }
    case 'date': return parseDate(input)!;
    case 'confirm': return parseConfirm(input)!;
    case 'photo': return input;
    default: return input.trim().replace(/\s+/g, ' ');
  }
}

/**
 * Checks one typed answer against its prompt kind or profile rule. Errors are user-facing
 * sentences in `locale`, each saying what is wrong and how to fix it; profile rules report
 * every violation. `today` decides what "in the future" means (injected for determinism).
 */
export function checkField(kind: PromptKind | FieldRule, input: string, locale: Locale, today: Date): FieldCheck {
  const text = typeof input === 'string' ? input : '';
  const problems = problemsOf(kind, text, today);
  if (problems.length === 0) return { ok: true, value: valueOf(kind, text) };
  return { ok: false, errors: problems.map((p) => p[locale]), example: EXAMPLES[kind][locale] };
}
