/**
 * What insight counts, as increments grouped by period, ready to be added to a store in one go.
 * Three buckets per period:
 * - `q`: questions the router could not place (`unknown\t<question>`) or had to clarify
 *   (`clarify\t<question>`), capped to the most frequent {@link MAX_QUESTIONS};
 * - `c`: what users chose after a clarifying question (`<topic or menu>\t<question>`), capped too;
 * - `f`: totals and the per-topic funnel (`routed\t<outcome>`, `<topic>\tstarted`,
 *   `<topic>\tstep\t<step>`, `<topic>\tcompleted`, `<topic>\tticket`, `<topic>\tleft\t<step>`,
 *   `<topic>\treprompt\t<step>`), bounded by the guide's size.
 */
import type { Effect } from '../turn.js';
import { PERIOD_KINDS, periodOf, type PeriodKind } from './periods.js';
import { questionKey } from './question-text.js';

/** The buckets of one period. */
export type Bucket = 'q' | 'c' | 'f';

/** Most questions (and choices) kept per period; the least frequent go first. */
export const MAX_QUESTIONS = 500;

/** Counts of one period, by bucket and field. */
export type PeriodCounts = Record<Bucket, Map<string, number>>;

/** One period's increments. */
export interface PeriodIncrements {
  kind: PeriodKind;
  id: string;
  /** Epoch ms the period starts (for ordering and expiry). */
  start: number;
  counts: PeriodCounts;
}

/** Empty counts. */
export function emptyCounts(): PeriodCounts {
  return { q: new Map(), c: new Map(), f: new Map() };
}

/** Field separator: whitespace inside a question is collapsed to spaces, so a tab never occurs. */
export const SEP = '\t';

/** Increments waiting to be added to the store. */
export class InsightBatch {
  private readonly periods = new Map<string, PeriodIncrements>();
  /** The entries of the day being counted, and of its week (most effects fall in it). */
  private current: { from: number; until: number; entries: PeriodIncrements[] } | undefined;
  /** Number of distinct fields held (to bound a batch that cannot be written). */
  size = 0;

  /** Counts `effect` at `at` (a date or epoch ms); effects insight does not use are ignored. */
  addEffect(effect: Effect, at: Date | number): void {
    switch (effect.type) {
      case 'routed':
        this.add('f', `routed${SEP}${effect.outcome}`, at);
        if (effect.outcome !== 'topic') this.addQuestion('q', effect.outcome, effect.text, at);
        return;
      case 'clarified':
        this.addQuestion('c', effect.chosen, effect.text, at);
        return;
      case 'flow': {
        const step = effect.step ? `${SEP}${effect.step}` : '';
        const withStep = effect.event === 'step' || effect.event === 'left';
        this.add('f', `${effect.topic}${SEP}${effect.event}${withStep ? step : ''}`, at);
        return;
      }
      case 'reprompt':
        if (effect.topic && effect.step) this.add('f', `${effect.topic}${SEP}reprompt${SEP}${effect.step}`, at);
        return;
      default:
    }
  }

  /** Adds `by` to `field` of `bucket` in every kind of period `at` falls in. */
  add(bucket: Bucket, field: string, at: Date | number, by = 1): void {
    for (const entry of this.entriesAt(typeof at === 'number' ? at : at.getTime())) this.addTo(entry, bucket, field, by);
  }

  /** Adds every increment of `other` (a batch that could not be written goes back in). */
  merge(other: InsightBatch): void {
    for (const p of other.entries()) {
      for (const bucket of ['q', 'c', 'f'] as const) {
        for (const [field, by] of p.counts[bucket]) this.addTo(this.entryFor(p), bucket, field, by);
      }
    }
  }

  /** The periods with increments. */
  entries(): PeriodIncrements[] {
    return [...this.periods.values()];
  }

  get empty(): boolean {
    return this.size === 0;
  }

  /** The entries of the periods `ms` falls in, remembered for the rest of its day (a day never spans two weeks). */
  private entriesAt(ms: number): PeriodIncrements[] {
    const cached = this.current;
    if (cached && ms >= cached.from && ms < cached.until) return cached.entries;
    const at = new Date(ms);
    const entries = PERIOD_KINDS.map((kind) => this.entryFor({ kind, ...periodOf(kind, at) }));
    const day = entries.find((p) => p.kind === 'day')!;
    this.current = { from: day.start, until: day.start + 24 * 60 * 60 * 1000, entries };
    return entries;
  }

  private entryFor(period: Omit<PeriodIncrements, 'counts'>): PeriodIncrements {
    const key = `${period.kind}:${period.id}`;
    let entry = this.periods.get(key);
    if (!entry) {
      entry = { kind: period.kind, id: period.id, start: period.start, counts: emptyCounts() };
      this.periods.set(key, entry);
    }
    return entry;
  }

  private addTo(entry: PeriodIncrements, bucket: Bucket, field: string, by: number): void {
    const counts = entry.counts[bucket];
    const before = counts.get(field);
    if (before === undefined) this.size += 1;
    counts.set(field, (before ?? 0) + by);
  }

  private addQuestion(bucket: 'q' | 'c', label: string, text: string, at: Date | number): void {
    const question = questionKey(text);
    if (question) this.add(bucket, `${label}${SEP}${question}`, at);
  }
}
