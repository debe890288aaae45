/**
 * A rule violation as the user reads it, in both languages: what is wrong and how to fix it.
 * Validators return lists of these; `checkField` picks the user's language.
 */
import type { LocalizedText } from '../graph.js';

/** One user-facing sentence per language. */
export type Problem = LocalizedText;

/** Shorthand for a {@link Problem}. */
export function problem(id: string, en: string): Problem {
  return { id, en };
}

/** Strips the spaces people put inside long numbers ("1985 0312 ..."). */
export function compactDigits(input: string): string {
  return input.trim().replace(/[\s\u00a0]+/g, '');
}

/** True when y-m-d is a real calendar date (month 1..12, day within the month). */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO yyyy-mm-dd of a date known to be real. */
export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Today's ISO date in UTC+7 (Jakarta), where the users are. */
export function isoToday(today: Date): string {
  return new Date(today.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
