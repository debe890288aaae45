/**
 * The maintainers' report as plain-text tables (what `stats` prints without `--json`): per
 * period, newest first, the routing summary, the unplaced and clarified questions, and the
 * funnel per topic and per step.
 */
import type { PeriodInsight } from './report.js';

/** Questions listed per table; the JSON has them all. */
export const QUESTIONS_SHOWN = 30;

/** Renders `periods` (newest first); `note` explains an empty report. */
export function insightText(periods: readonly PeriodInsight[], note = 'no insight counted yet'): string {
  if (periods.length === 0) return `${note}\n`;
  return periods.map(periodText).join('\n');
}

function periodText(p: PeriodInsight): string {
  const { total, topic, clarify, unknown } = p.routed;
  const lines = [
    `== ${p.kind} ${p.period} ==`,
    `questions routed: ${total} (to a topic ${topic}, clarified ${clarify} ${pct(clarify, total)}, unplaced ${unknown} ${pct(unknown, total)})`,
    '',
  ];
  lines.push('Unplaced questions (no topic found)');
  lines.push(...section(p.unplaced.length, table(['count', 'question'], p.unplaced.slice(0, QUESTIONS_SHOWN).map((q) => [q.count, q.question]))));
  lines.push('', 'Clarified questions ("Maksud Anda…?") and what users chose');
  lines.push(...section(p.clarified.length, table(['count', 'question', 'chose'], p.clarified.slice(0, QUESTIONS_SHOWN).map((q) => [q.count, q.question, chosenText(q.chosen)]))));
  lines.push('', 'Funnel per topic');
  lines.push(...section(p.funnel.length, table(
    ['topic', 'started', 'completed', 'ticket', 'left', 'abandoned'],
    p.funnel.map((f) => [f.topic, f.started, f.completed, f.ticket, f.left, f.abandoned]),
  )));
  const steps = p.funnel.flatMap((f) => f.steps.map((s) => [f.topic, s.step, s.reached, s.left, s.reprompts] as Cell[]));
  lines.push('', 'Steps (reached, left there, answer not understood)');
  lines.push(...section(steps.length, table(['topic', 'step', 'reached', 'left', 'reprompts'], steps)));
  return `${lines.join('\n')}\n`;
}

type Cell = string | number;

function section(count: number, rendered: string[]): string[] {
  return count === 0 ? ['  (none)'] : rendered;
}

/** A table: numbers right-aligned, text left-aligned, two spaces between columns. */
function table(header: string[], rows: Cell[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  const line = (cells: Cell[]) =>
    `  ${cells.map((c, i) => (numeric[i] ? String(c).padStart(widths[i]!) : String(c).padEnd(widths[i]!))).join('  ')}`.trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

function chosenText(chosen: Record<string, number>): string {
  const entries = Object.entries(chosen).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return entries.length === 0 ? '(no answer)' : entries.map(([topic, n]) => `${topic} ${n}`).join(', ');
}

function pct(part: number, total: number): string {
  return total === 0 ? '' : `(${((part / total) * 100).toFixed(1)}%)`;
}
