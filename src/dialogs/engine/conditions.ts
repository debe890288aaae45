/**
 * Evaluates a branch condition of the graph against the conversation's slots.
 */
import type { Condition } from '../graph.js';

/** The local calendar date of `now` as yyyy-mm-dd (what date slots hold). */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Whether `condition` holds for these slots, collected violations and today. */
export function holds(condition: Condition, slots: Record<string, string>, violations: readonly string[], now: Date): boolean {
  switch (condition.op) {
    case 'equals': {
      const value = slots[condition.slot]?.trim().toLowerCase();
      return value !== undefined && condition.values.some((v) => v.trim().toLowerCase() === value);
    }
    case 'date-before-today': {
      const value = slots[condition.slot];
      return value !== undefined && /^\d{4}-\d{2}-\d{2}/.test(value) && value.slice(0, 10) < isoDay(now);
    }
    case 'date-after-today': {
      const value = slots[condition.slot];
      return value !== undefined && /^\d{4}-\d{2}-\d{2}/.test(value) && value.slice(0, 10) > isoDay(now);
    }
    case 'profile-valid':
      return violations.length === 0;
    case 'filled':
      return (slots[condition.slot] ?? '').trim().length > 0;
  }
}
