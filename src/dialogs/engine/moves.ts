/**
 * The two moves that advance a conversation: enter a step (showing everything up to the next
 * step that waits for the user, or handing over to the ticket collection) and start a topic.
 * Apart from turn.ts because a ticket terminal starts the collection, which itself uses turn.ts.
 */
import type { Step, TopicId } from '../graph.js';
import { BACK_LIMIT, pushBounded } from './conversation-state.js';
import { walk } from './flow-walker.js';
import { say } from '../phrases.js';
import { menuButtons, stepButtons } from './render.js';
import { startTicket } from './ticket.js';
import { type Turn, SOCIAL_TOPICS, emit, emitPhrase, leaveFlow, showMenu } from './turn.js';

/**
 * Moves to `stepId` and shows everything up to the next step that waits for the user.
 * `from` (the step just answered) goes on the back-stack.
 */
export function enter(turn: Turn, stepId: string, from?: string): void {
  const { state, graph } = turn;
  const result = walk(graph, stepId, { slots: state.slots, violations: state.violations, locale: state.locale, now: turn.now });
  const back = from ? pushBounded(state.back, from, BACK_LIMIT) : state.back;
  turn.state = { ...state, back, misses: 0, violations: result.reportedViolations ? [] : state.violations };
  const { stop } = result;
  if (stop.kind === 'broken') {
    result.texts.forEach((t) => emit(turn, t));
    showMenu(turn, 'brokenFlow');
    return;
  }
  turn.state = { ...turn.state, topic: stop.step.topic, step: stop.step.id };
  noteReached(turn, stop.step, stop.kind === 'ticket');
  if (stop.kind === 'ticket') {
    result.texts.forEach((t) => emit(turn, t));
    startTicket(turn, stop.template);
    return;
  }
  const buttons = stepButtons(stop.step, state.locale);
  result.texts.forEach((t, i) => emit(turn, t, i === result.texts.length - 1 ? buttons : []));
  if (result.texts.length === 0 && buttons.length > 0) emitPhrase(turn, 'pickOption', buttons);
}

/** Starts `topic` from its first step (social topics answer and show the menu). */
export function startTopic(turn: Turn, topic: TopicId): void {
  const def = turn.graph.topics[topic];
  leaveFlow(turn);
  turn.state = { ...turn.state, topic, journey: [] };
  if (!def) {
    showMenu(turn, topic === 'unknown' ? 'unknownTopic' : 'menu', topic);
    return;
  }
  if (!SOCIAL_TOPICS.has(topic)) turn.effects.push({ type: 'flow', event: 'started', topic });
  if (SOCIAL_TOPICS.has(topic)) {
    const texts = walk(turn.graph, def.start, { slots: {}, violations: [], locale: turn.state.locale, now: turn.now }).texts;
    if (texts.length === 0) texts.push(say(topic === 'unknown' ? 'unknownTopic' : 'menu', turn.state.locale));
    leaveFlow(turn);
    texts.forEach((t, i) => emit(turn, t, i === texts.length - 1 ? menuButtons(turn.graph, turn.state.locale) : [], topic));
    return;
  }
  enter(turn, def.start);
}

/** Funnel events for the step a walk stopped at: reached, and completed or ticket at an end. */
function noteReached(turn: Turn, step: Step, ticket: boolean): void {
  const base = { type: 'flow' as const, topic: step.topic, step: step.id };
  if (SOCIAL_TOPICS.has(step.topic)) return;
  turn.effects.push({ ...base, event: 'step' });
  if (ticket) turn.effects.push({ ...base, event: 'ticket' });
  else if (step.end) turn.effects.push({ ...base, event: 'completed' });
}
