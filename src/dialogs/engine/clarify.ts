/**
 * The clarifying turn: when the router is unsure, the bot asks "Maksud Anda…?" with the two or
 * three likeliest guide topics as buttons, plus "Bukan, lihat menu", instead of guessing or
 * turning the user away. What the user picks (a topic button, the menu, or a typed number or
 * topic title) is recorded as a `clarified` effect, so the guide's maintainers can add the
 * wording as an example; anything else is simply the next question.
 */
import type { TopicId } from '../graph.js';
import type { Button } from '../messages.js';
import type { RouteResult } from '../router/index.js';
import { withoutPlaceholder } from '../input/routing-text.js';
import { say } from '../phrases.js';
import { CLARIFY_TEXT_CHARS, type ConversationState } from './conversation-state.js';
import { canonicalWords } from '../router/index.js';
import { type Turn, emit } from './turn.js';
import { startTopic } from './moves.js';

/** A clarifying question still open from the last turn. */
export type PendingClarify = NonNullable<ConversationState['clarify']>;

/** Asks which of `routed`'s candidates the user means. */
export function askToClarify(turn: Turn, text: string, routed: RouteResult): void {
  const candidates = routed.candidates.map((c) => c.topic).filter((t) => turn.graph.topics[t]);
  const { locale } = turn.state;
  const buttons: Button[] = candidates.map((t) => ({ id: `topic:${t}`, label: turn.graph.topics[t]!.title[locale] }));
  buttons.push({ id: 'menu', label: say('clarifyNone', locale) });
  const question = withoutPlaceholder(text).slice(0, CLARIFY_TEXT_CHARS);
  turn.effects.push({ type: 'routed', text, topic: routed.topic, confidence: routed.confidence, outcome: 'clarify', candidates });
  turn.state = { ...turn.state, clarify: { text: question, candidates } };
  emit(turn, say('clarifyQuestion', locale), buttons, routed.topic);
}

/**
 * Whether a router answer should be clarified rather than acted on: it is unsure and there is a
 * choice to offer (two topics or more; or, when it leans out of scope, the one guide topic).
 * An unsure guide answer with no rival is simply answered.
 */
export function needsClarifying(routed: RouteResult): boolean {
  if (!routed.unsure) return false;
  return routed.candidates.length >= (routed.topic === 'unknown' ? 1 : 2);
}

/** Records the pressed button as the answer to `pending` (a topic, or the menu). */
export function notePressed(turn: Turn, pending: PendingClarify, buttonId: string): void {
  const topic = buttonId.startsWith('topic:') ? (buttonId.slice('topic:'.length) as TopicId) : undefined;
  if (topic) turn.effects.push({ type: 'clarified', text: pending.text, chosen: topic });
  else if (buttonId === 'menu' || buttonId === 'cmd:menu') turn.effects.push({ type: 'clarified', text: pending.text, chosen: 'menu' });
}

/**
 * A typed answer to `pending`: "2" or a candidate's title (as written on its button) starts that
 * topic. True when handled; false means the text is a new question.
 */
export function answerTyped(turn: Turn, pending: PendingClarify, text: string): boolean {
  const number = /^\s*(\d)\s*\.?\s*$/.exec(text);
  let chosen: TopicId | undefined;
  if (number) chosen = pending.candidates[Number(number[1]) - 1];
  // A title typed out picks it too; anything looser would take a new question for an answer.
  const typed = canonicalWords(text).join(' ');
  chosen ??= pending.candidates.find((t) => {
    const title = turn.graph.topics[t]?.title;
    return title !== undefined && [title.id, title.en].some((l) => canonicalWords(l).join(' ') === typed);
  });
  if (!chosen) return false;
  turn.effects.push({ type: 'clarified', text: pending.text, chosen });
  startTopic(turn, chosen);
  return true;
}
