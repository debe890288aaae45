/**
 * The maintainers' report, read from the insight store: per period (newest first) how many
 * questions were routed and how, the questions the router could not place or had to clarify
 * (with what users then chose), and each topic's funnel down to its steps.
 */
import type { InsightStore } from './insight-store.js';
import type { PeriodKind } from './periods.js';
import { SEP, type PeriodCounts } from './tally.js';

/** A question and how often it was asked. */
export interface QuestionCount {
  question: string;
  count: number;
}

/** A question the router had to clarify, and what users chose then (topic id or `menu`). */
export interface ClarifiedQuestion extends QuestionCount {
  chosen: Record<string, number>;
}

/** One step of a topic's funnel. */
export interface StepCounts {
  /** The step id without its topic (`check-email`). */
  step: string;
  reached: number;
  /** Runs that ended here for something else (menu, another topic, restart). */
  left: number;
  /** Answers at this step that were not understood. */
  reprompts: number;
}

/** One topic's funnel. */
export interface TopicFunnel {
  topic: string;
  started: number;
  completed: number;
  /** Escalated to a ticket draft. */
  ticket: number;
  left: number;
  /** Started and neither ended nor left (the user went quiet), never below 0. */
  abandoned: number;
  steps: StepCounts[];
}

/** Everything counted in one period. */
export interface PeriodInsight {
  kind: PeriodKind;
  period: string;
  routed: { total: number; topic: number; clarify: number; unknown: number };
  unplaced: QuestionCount[];
  clarified: ClarifiedQuestion[];
  funnel: TopicFunnel[];
}

/** Reads up to `limit` periods of `kind`, newest first. */
export async function readInsight(store: InsightStore, kind: PeriodKind, limit: number): Promise<PeriodInsight[]> {
  const ids = await store.periods(kind, limit);
  return Promise.all(ids.map(async (id) => periodInsight(kind, id, await store.read(kind, id))));
}

/** The report of one period's counts. */
export function periodInsight(kind: PeriodKind, period: string, counts: PeriodCounts): PeriodInsight {
  const routed = { topic: counts.f.get(`routed${SEP}topic`) ?? 0, clarify: counts.f.get(`routed${SEP}clarify`) ?? 0, unknown: counts.f.get(`routed${SEP}unknown`) ?? 0 };
  const unplaced: QuestionCount[] = [];
  const clarified = new Map<string, ClarifiedQuestion>();
  const clarifiedOf = (question: string) => {
    let entry = clarified.get(question);
    if (!entry) clarified.set(question, (entry = { question, count: 0, chosen: {} }));
    return entry;
  };
  for (const [field, count] of counts.q) {
    const [outcome, question] = split2(field);
    if (outcome === 'unknown') unplaced.push({ question, count });
    else if (outcome === 'clarify') clarifiedOf(question).count += count;
  }
  for (const [field, count] of counts.c) {
    const [chosen, question] = split2(field);
    const entry = clarifiedOf(question);
    entry.chosen[chosen] = (entry.chosen[chosen] ?? 0) + count;
  }
  return {
    kind, period,
    routed: { total: routed.topic + routed.clarify + routed.unknown, ...routed },
    unplaced: unplaced.sort(byCount),
    clarified: [...clarified.values()].sort(byCount),
    funnel: funnelOf(counts.f),
  };
}

function funnelOf(fields: Map<string, number>): TopicFunnel[] {
  const topics = new Map<string, TopicFunnel>();
  const steps = new Map<string, StepCounts>();
  const topicOf = (topic: string) => {
    let entry = topics.get(topic);
    if (!entry) topics.set(topic, (entry = { topic, started: 0, completed: 0, ticket: 0, left: 0, abandoned: 0, steps: [] }));
    return entry;
  };
  const stepOf = (topic: string, step: string) => {
    const key = `${topic}${SEP}${step}`;
    let entry = steps.get(key);
    if (!entry) {
      entry = { step: step.startsWith(`${topic}.`) ? step.slice(topic.length + 1) : step, reached: 0, left: 0, reprompts: 0 };
      steps.set(key, entry);
      topicOf(topic).steps.push(entry);
    }
    return entry;
  };
  for (const [field, n] of fields) {
    const [topic, event, step] = field.split(SEP);
    if (topic === 'routed' || !topic || !event) continue;
    const entry = topicOf(topic);
    if (event === 'started') entry.started += n;
    else if (event === 'completed') entry.completed += n;
    else if (event === 'ticket') entry.ticket += n;
    else if (event === 'left') entry.left += n;
    if (!step) continue;
    if (event === 'step') stepOf(topic, step).reached += n;
    else if (event === 'left') stepOf(topic, step).left += n;
    else if (event === 'reprompt') stepOf(topic, step).reprompts += n;
  }
  for (const entry of topics.values()) {
    entry.abandoned = Math.max(0, entry.started - entry.completed - entry.ticket - entry.left);
    entry.steps.sort((a, b) => b.reached - a.reached || a.step.localeCompare(b.step));
  }
  return [...topics.values()].sort((a, b) => b.started - a.started || a.topic.localeCompare(b.topic));
}

function split2(field: string): [string, string] {
  const at = field.indexOf(SEP);
  return at < 0 ? ['', field] : [field.slice(0, at), field.slice(at + 1)];
}

function byCount(a: QuestionCount, b: QuestionCount): number {
  return b.count - a.count || a.question.localeCompare(b.question);
}
