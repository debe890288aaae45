/**
 * Which ticket templates a conversation can still reach, computed from the graph (never
 * hard-coded per topic): a breadth-first walk over every way forward of a step (options, prompt
 * answers, branch cases, `goto`, the "email did not come" path) that stays inside the step's
 * topic and collects each `end ticket T` it meets, nearest first.
 */
import type { Graph, Option, Step, TopicId } from '../graph.js';

/** A ticket template reachable from some step, and the terminal step that starts it. */
export interface ReachableTicket {
  template: string;
  endStep: string;
  topic: TopicId;
}

/** Steps searched per walk; far more than any topic has, and a guard against cycles. */
const MAX_VISITS = 200;

/** Every step id `step` can lead to in one move. */
function nextIds(step: Step): string[] {
  const out: string[] = [];
  for (const o of step.options ?? []) out.push(o.goto);
  if (step.prompt) out.push(step.prompt.goto, ...(step.prompt.gotoNo ? [step.prompt.gotoNo] : []));
  if (step.branch) out.push(...step.branch.cases.map((c) => c.goto), step.branch.otherwise);
  if (step.goto) out.push(step.goto);
  if (step.end?.kind === 'wait-email') out.push(step.end.ifMissing);
  return out;
}

/** Ticket templates reachable from `fromStepId` without leaving its topic (unique, nearest first). */
export function reachableTickets(graph: Graph, fromStepId: string): ReachableTicket[] {
  const start = graph.steps[fromStepId];
  if (!start) return [];
  const found = new Map<string, ReachableTicket>();
  const seen = new Set<string>([fromStepId]);
  const queue = [fromStepId];
  while (queue.length > 0 && seen.size <= MAX_VISITS) {
    const step = graph.steps[queue.shift()!];
    if (!step || step.topic !== start.topic) continue;
    if (step.end?.kind === 'ticket' && !found.has(step.end.template)) {
      found.set(step.end.template, { template: step.end.template, endStep: step.id, topic: step.topic });
    }
    for (const id of nextIds(step)) {
      if (!seen.has(id)) {
        seen.add(id);
        queue.push(id);
      }
    }
  }
  return [...found.values()];
}

/** Ticket templates reachable from `topic`'s first step. */
export function topicTickets(graph: Graph, topic: TopicId): ReachableTicket[] {
  const start = graph.topics[topic]?.start;
  return start ? reachableTickets(graph, start) : [];
}

/**
 * The template an option starts at once (its target, followed through plain `goto` steps, is an
 * `end ticket`), or undefined when choosing it shows something else first.
 */
export function directTicketOf(graph: Graph, option: Option): string | undefined {
  let id = option.goto;
  for (let hop = 0; hop < 8; hop += 1) {
    const step = graph.steps[id];
    if (!step) return undefined;
    if (step.end?.kind === 'ticket') return step.end.template;
    if (step.goto && !step.options && !step.prompt && !step.branch && !step.end) {
      id = step.goto;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** Indexes of the options of `step` that start a ticket at once. */
export function directTicketOptions(graph: Graph, step: Step): number[] {
  return (step.options ?? []).map((o, i) => (directTicketOf(graph, o) ? i : -1)).filter((i) => i >= 0);
}

/** Whether a photo sent at `stepId` (or in `topic`, or before any topic) can serve a ticket. */
export function ticketsForContext(graph: Graph, stepId: string | undefined, topic: TopicId | undefined): ReachableTicket[] {
  const fromStep = stepId ? reachableTickets(graph, stepId) : [];
  if (fromStep.length > 0) return fromStep;
  return topic ? topicTickets(graph, topic) : [];
}
