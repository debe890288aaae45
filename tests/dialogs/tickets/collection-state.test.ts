import { describe, expect, it } from 'vitest';
import { CollectionState, MAX_ATTACHMENTS } from '../../../src/dialogs/tickets/collection-state.js';

const minimal = { v: 1, draftId: 'd1', template: 'no-email', createdAt: '2026-01-15T08:00:00.000Z', phase: 'field' };
const file = (i: number) => ({ name: 'extra', ref: `f${i}`, at: '2026-01-15T08:00:00.000Z' });

describe('CollectionState', () => {
  it('fills defaults for a freshly started collection', () => {
    expect(CollectionState.parse(minimal)).toEqual({ ...minimal, values: {}, files: [], skipped: {}, misses: 0 });
  });

  it(`holds at most ${MAX_ATTACHMENTS} files (state stays bounded)`, () => {
    const files = Array.from({ length: MAX_ATTACHMENTS }, (_, i) => file(i));
    expect(CollectionState.safeParse({ ...minimal, files }).success).toBe(true);
    expect(CollectionState.safeParse({ ...minimal, files: [...files, file(99)] }).success).toBe(false);
  });

  it('rejects an unknown version or phase (a corrupt state starts fresh)', () => {
    expect(CollectionState.safeParse({ ...minimal, v: 2 }).success).toBe(false);
    expect(CollectionState.safeParse({ ...minimal, phase: 'sending' }).success).toBe(false);
  });
});
