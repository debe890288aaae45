/** Days and ISO weeks on Jakarta time. */
import { describe, expect, it } from 'vitest';
import { periodOf } from '../../../src/dialogs/insight/periods.js';

describe('periodOf', () => {
  it('counts days on WIB (UTC+7)', () => {
    expect(periodOf('day', new Date('2026-12-03T16:59:59Z')).id).toBe('2026-12-03');
    expect(periodOf('day', new Date('2026-12-03T17:00:00Z')).id).toBe('2026-12-04');
    expect(periodOf('day', new Date('2026-12-03T10:00:00Z')).start).toBe(Date.parse('2026-12-02T17:00:00Z'));
  });

  it('names ISO weeks, across year ends', () => {
    expect(periodOf('week', new Date('2026-12-03T10:00:00Z')).id).toBe('2026-W49');
    expect(periodOf('week', new Date('2027-01-01T10:00:00Z')).id).toBe('2026-W53');
    expect(periodOf('week', new Date('2025-12-29T10:00:00Z')).id).toBe('2026-W01');
    expect(periodOf('week', new Date('2026-12-03T10:00:00Z')).start).toBe(Date.parse('2026-11-29T17:00:00Z'));
  });
});
