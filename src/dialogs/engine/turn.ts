/**
 * The working context of one engine turn and the small moves every handler shares: say
 * something, show the menu, re-ask (entering a step or starting a topic is in moves.ts). The
 * engine copies state on every change; the caller's state object is never mutated.
 */
import type { Graph, TopicId } from '../graph.js';
import type { Button, InboundMeta, Outbound, OutText } from '../messages.js';
import type { Effect } from '../turn.js';
import type { Router } from '../router/router.js';
import type { ConversationState } from './conversation-state.js';
import { type PhraseKey, say } from '../phrases.js';
import { menuButton, menuButtons, stepButtons } from './render.js';

/** What the engine needs from outside: the clock, ids and the topic router. */
export interface EngineDeps {
  now(): Date;
  newId(): string;
  router: Router;
}

/** One turn in progress. Handlers update `state` (by replacement) and append outputs/effects. */
export interface Turn {
  readonly graph: Graph;
  readonly deps: EngineDeps;
  readonly meta: InboundMeta;
  readonly now: Date;
  state: ConversationState;
  outputs: Outbound[];
  effects: Effect[];
}

/** Topics that answer and show the menu instead of running a procedure. */
export const SOCIAL_TOPICS: ReadonlySet<TopicId> = new Set(['greeting', 'thanks', 'unknown']);

/** Appends a text message in the turn's locale. */
export function emit(turn: Turn, text: string, buttons: Button[] = [], topic?: TopicId): void {
  const out: OutText = { type: 'text', text, buttons, personal: false };
  if (topic) out.topic = topic;
  turn.outputs.push(out);
}

/** Appends one of the engine's own phrases. */
export function emitPhrase(turn: Turn, key: PhraseKey, buttons: Button[] = [], topic?: TopicId): void {
  emit(turn, say(key, turn.state.locale), buttons, topic);
}

/** Records that the open step's topic run ends here unfinished (for the maintainers' funnel). */
export function noteLeft(turn: Turn): void {
  const { step: stepId, topic } = turn.state;
  const step = stepId ? turn.graph.steps[stepId] : undefined;
  // An end step (resolved, wait-email, ticket) was already counted as completed or ticket.
  if (!step || step.end || !topic || SOCIAL_TOPICS.has(topic)) return;
  turn.effects.push({ type: 'flow', event: 'left', topic, step: step.id });
}

/** Leaves any flow (and ticket collection): the conversation is back at free text. */
export function leaveFlow(turn: Turn): void {
  noteLeft(turn);
  const { step: _step, ticket: _ticket, ticketAwaiting: _awaiting, ...rest } = turn.state;
  turn.state = { ...rest, misses: 0, back: [], violations: [] };
}

/** Shows the topic menu with `key`'s text and leaves any flow. */
export function showMenu(turn: Turn, key: PhraseKey = 'menu', topic: TopicId = 'greeting'): void {
  leaveFlow(turn);
  const { topic: _t, ...rest } = turn.state;
  turn.state = rest;
  emitPhrase(turn, key, menuButtons(turn.graph, turn.state.locale), topic);
}

/** The buttons of the current step (for reprompts), or the menu button when none. */
export function currentButtons(turn: Turn): Button[] {
  const step = turn.state.step ? turn.graph.steps[turn.state.step] : undefined;
  if (!step) return menuButtons(turn.graph, turn.state.locale);
  const buttons = stepButtons(step, turn.state.locale);
  return buttons.length > 0 ? buttons : [];
}

/** Re-asks the current step with a short lead sentence. */
export function reprompt(turn: Turn, lead: string, extraButtons: Button[] = []): void {
  noteReprompt(turn);
  const buttons = [...currentButtons(turn), ...extraButtons];
  emit(turn, lead, buttons.length > 0 ? buttons : turn.state.step ? [] : [menuButton(turn.state.locale)]);
}

/** Records that the question in front of the user was asked again. */
export function noteReprompt(turn: Turn): void {
  const { topic, step } = turn.state;
  turn.effects.push({ type: 'reprompt', ...(topic ? { topic } : {}), ...(step ? { step } : {}) });
}
