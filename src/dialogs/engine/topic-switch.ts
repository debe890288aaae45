/**
 * When free text typed mid-flow is a clear question about another guide topic: the one test
 * behind leaving a step for that topic (answers.ts) and behind the hint at a ticket field
 * (ticket.ts).
 */
import type { TopicId } from '../graph.js';
import { routeSafely } from './route-safely.js';
import { SOCIAL_TOPICS, type Turn } from './turn.js';

/** How sure the router must be, and whether the generic ticket topic counts. */
export interface SwitchRule {
  minConfidence: number;
  ticket: boolean;
}

/** Free text no option took: a clear question about another topic leaves the flow. */
export const CLEAR_SWITCH: SwitchRule = { minConfidence: 0.6, ticket: true };
/**
 * Free text something else could also take (a loose option match, a ticket field): leaving takes
 * more certainty, and the generic ticket topic does not count (the step's own ticket keeps the
 * topic's context).
 */
export const CERTAIN_SWITCH: SwitchRule = { minConfidence: 0.8, ticket: false };

/** The guide topic other than the current one that `text` clearly asks about under `rule`, with the router's confidence. */
export function otherTopicAsked(turn: Turn, text: string, rule: SwitchRule): { topic: TopicId; confidence: number } | undefined {
  const { topic, confidence, unsure } = routeSafely(turn, text);
  // Mid-flow, only a clear question about another topic counts (no clarifying here).
  if (topic === 'unknown' || SOCIAL_TOPICS.has(topic) || unsure || confidence < rule.minConfidence) return undefined;
  if (!rule.ticket && topic === 'ticket') return undefined;
  if (topic === turn.state.topic || turn.graph.topics[topic] === undefined) return undefined;
  return { topic, confidence };
}
