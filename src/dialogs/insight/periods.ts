/**
 * The periods insight is counted in: days and ISO weeks, on Jakarta time (WIB, UTC+7, where the
 * ministry works), named `2026-12-03` and `2026-W49`, each kept for a bounded time.
 */

/** A kind of period. */
export type PeriodKind = 'day' | 'week';

/** Both kinds; every count goes to one period of each. */
export const PERIOD_KINDS: readonly PeriodKind[] = ['day', 'week'];

/** How long a period's counts are kept. */
export const RETENTION_MS: Record<PeriodKind, number> = {
  day: 92 * 24 * 60 * 60 * 1000,
  week: 106 * 7 * 24 * 60 * 60 * 1000,
};

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The period of `kind` that `at` falls in, with the time it starts (epoch ms). */
export function periodOf(kind: PeriodKind, at: Date): { id: string; start: number } {
  const local = new Date(at.getTime() + WIB_OFFSET_MS);
  const dayStart = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  if (kind === 'day') return { id: new Date(dayStart).toISOString().slice(0, 10), start: dayStart - WIB_OFFSET_MS };
  // ISO 8601: weeks start on Monday; week 1 holds the year's first Thursday.
  const weekday = (local.getUTCDay() + 6) % 7;
  const monday = dayStart - weekday * DAY_MS;
  const thursday = new Date(monday + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return { id: `${year}-W${String(week).padStart(2, '0')}`, start: monday - WIB_OFFSET_MS };
}
