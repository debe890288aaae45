/**
 * The insight recorder: counts effects in memory at once, writes them to the store on flush (or
 * its timer) and on close; a store that fails keeps the counts for the next flush.
 */
import { describe, expect, it } from 'vitest';
import { createInsightRecorder } from '../../../src/dialogs/insight/recorder.js';
import { createMemoryInsightStore } from '../../../src/dialogs/insight/memory-insight-store.js';
import type { InsightStore } from '../../../src/dialogs/insight/insight-store.js';

const AT = new Date('2026-12-03T03:00:00Z');
const unplaced = { type: 'routed', text: 'jadwal rapat', topic: 'unknown', confidence: 0, outcome: 'unknown' } as const;

describe('insight recorder', () => {
  it('writes nothing until flushed, then everything counted', async () => {
    const store = createMemoryInsightStore(() => AT.getTime());
    const recorder = createInsightRecorder({ store, now: () => AT.getTime(), flushEveryMs: 60_000 });
    recorder.record(unplaced);
    recorder.record(unplaced);
    recorder.record({ type: 'secret-redacted', kinds: ['pin'] });
    expect(await store.periods('day', 5)).toEqual([]);
    await recorder.flush();
    expect((await store.read('day', '2026-12-03')).q.get('unknown\tjadwal rapat')).toBe(2);
    await recorder.close();
  });

  it('flushes on its timer', async () => {
    const store = createMemoryInsightStore(() => AT.getTime());
    const recorder = createInsightRecorder({ store, now: () => AT.getTime(), flushEveryMs: 20 });
    recorder.record(unplaced);
    await new Promise((r) => setTimeout(r, 80));
    expect(await store.periods('day', 5)).toEqual(['2026-12-03']);
    await recorder.close();
  });

  it('keeps the counts while the store fails, and writes them once it answers', async () => {
    const memory = createMemoryInsightStore(() => AT.getTime());
    let down = true;
    const errors: unknown[] = [];
    const flaky: InsightStore = { ...memory, add: async (batch) => { if (down) throw new Error('redis down'); await memory.add(batch); } };
    const recorder = createInsightRecorder({ store: flaky, now: () => AT.getTime(), flushEveryMs: 0, onError: (e) => errors.push(e) });
    recorder.record(unplaced);
    recorder.record(unplaced);
    await recorder.flush();
    expect(errors.length).toBeGreaterThan(0);
    down = false;
    recorder.record(unplaced);
    await recorder.flush();
    expect((await memory.read('day', '2026-12-03')).q.get('unknown\tjadwal rapat')).toBe(3);
    await recorder.close();
  });
});
