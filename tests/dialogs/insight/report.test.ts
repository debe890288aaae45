/**
 * From effects to the maintainers' report: the batch counts per day and week, the report joins
 * clarified questions with what users chose and builds each topic's funnel, the text has a table
 * for each.
 */
import { describe, expect, it } from 'vitest';
import { InsightBatch } from '../../../src/dialogs/insight/tally.js';
import { createMemoryInsightStore } from '../../../src/dialogs/insight/memory-insight-store.js';
import { readInsight } from '../../../src/dialogs/insight/report.js';
import { insightText } from '../../../src/dialogs/insight/report-text.js';
import type { Effect } from '../../../src/dialogs/turn.js';

const AT = new Date('2026-12-03T03:00:00Z');
const EFFECTS: Effect[] = [
  { type: 'routed', text: 'Jadwal rapat besok?', topic: 'unknown', confidence: 0, outcome: 'unknown' },
  { type: 'routed', text: 'jadwal rapat  besok', topic: 'unknown', confidence: 0, outcome: 'unknown' },
  { type: 'routed', text: 'nip 198501012010011001 gak ada', topic: 'unknown', confidence: 0.1, outcome: 'unknown' },
  { type: 'routed', text: 'sertifikat', topic: 'renewal', confidence: 0.4, outcome: 'clarify', candidates: ['renewal', 'check-status'] },
  { type: 'clarified', text: 'sertifikat', chosen: 'renewal' },
  { type: 'routed', text: 'Sertifikat', topic: 'renewal', confidence: 0.4, outcome: 'clarify' },
  { type: 'clarified', text: 'Sertifikat', chosen: 'menu' },
  { type: 'routed', text: 'lupa password ams', topic: 'forgot-password', confidence: 0.9, outcome: 'topic' },
  { type: 'flow', event: 'started', topic: 'forgot-password' },
  { type: 'flow', event: 'step', topic: 'forgot-password', step: 'forgot-password.intro' },
  { type: 'reprompt', topic: 'forgot-password', step: 'forgot-password.intro' },
  { type: 'flow', event: 'step', topic: 'forgot-password', step: 'forgot-password.check-email' },
  { type: 'flow', event: 'left', topic: 'forgot-password', step: 'forgot-password.check-email' },
  { type: 'flow', event: 'started', topic: 'forgot-password' },
  { type: 'flow', event: 'step', topic: 'forgot-password', step: 'forgot-password.intro' },
  { type: 'flow', event: 'completed', topic: 'forgot-password', step: 'forgot-password.done' },
  { type: 'flow', event: 'started', topic: 'no-email' },
  { type: 'flow', event: 'ticket', topic: 'no-email', step: 'no-email.ticket' },
  { type: 'flow', event: 'started', topic: 'login' },
  { type: 'secret-redacted', kinds: ['password'] },
];

async function report(kind: 'day' | 'week') {
  const batch = new InsightBatch();
  for (const e of EFFECTS) batch.addEffect(e, AT);
  const store = createMemoryInsightStore(() => AT.getTime());
  await store.add(batch);
  return readInsight(store, kind, 10);
}

describe('insight report', () => {
  it('counts unplaced questions per normalised, masked question', async () => {
    const [day] = await report('day');
    expect(day).toMatchObject({ kind: 'day', period: '2026-12-03', routed: { total: 6, topic: 1, clarify: 2, unknown: 3 } });
    expect(day!.unplaced).toEqual([{ question: 'jadwal rapat besok', count: 2 }, { question: 'nip [NIP] gak ada', count: 1 }]);
    expect(JSON.stringify(day)).not.toContain('198501012010011001');
  });

  it('joins clarified questions with what users chose', async () => {
    const [day] = await report('day');
    expect(day!.clarified).toEqual([{ question: 'sertifikat', count: 2, chosen: { renewal: 1, menu: 1 } }]);
  });

  it('builds each topic funnel down to its steps', async () => {
    const [week] = await report('week');
    expect(week!.period).toBe('2026-W49');
    const forgot = week!.funnel.find((f) => f.topic === 'forgot-password')!;
    expect(forgot).toMatchObject({ started: 2, completed: 1, ticket: 0, left: 1, abandoned: 0 });
    expect(forgot.steps).toEqual([
      { step: 'intro', reached: 2, left: 0, reprompts: 1 },
      { step: 'check-email', reached: 1, left: 1, reprompts: 0 },
    ]);
    expect(week!.funnel.find((f) => f.topic === 'no-email')).toMatchObject({ started: 1, ticket: 1, abandoned: 0 });
    expect(week!.funnel.find((f) => f.topic === 'login')).toMatchObject({ started: 1, abandoned: 1 });
  });

  it('prints a table for each part, newest period first', async () => {
    const text = insightText(await report('day'));
    expect(text).toMatch(/^== day 2026-12-03 ==\nquestions routed: 6 \(to a topic 1, clarified 2 \(33\.3%\), unplaced 3 \(50\.0%\)\)/);
    expect(text).toMatch(/ {6}2 {2}jadwal rapat besok\n/);
    expect(text).toContain('sertifikat  menu 1, renewal 1');
    expect(text).toMatch(/forgot-password +2 +1 +0 +1 +0/);
    expect(text).toMatch(/forgot-password +check-email +1 +1 +0/);
    expect(insightText([], 'nothing here')).toBe('nothing here\n');
  });
});
