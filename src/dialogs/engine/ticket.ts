/**
 * The engine's side of ticket collection: it hands the conversation to ticket-collection at a
 * `ticket` terminal and keeps delegating until the collection reports it is over.
 */
import type { Inbound } from '../messages.js';
import { say } from '../phrases.js';
import { type CollectionContext, type CollectionTurn, cancelCollection, continueCollection, startCollection } from '../tickets/collection.js';
import { words } from '../input/hygiene.js';
import type { Turn } from './turn.js';
import { menuButton } from './render.js';
import { CERTAIN_SWITCH, otherTopicAsked } from './topic-switch.js';

function context(turn: Turn): CollectionContext {
  const { state } = turn;
  return {
    graph: turn.graph,
    locale: state.locale,
    now: turn.now,
    newId: () => turn.deps.newId(),
    meta: turn.meta,
    slots: state.slots,
    journey: state.journey,
    topic: state.topic ?? 'ticket',
  };
}

/** Applies what the collection returned: outputs, effects, and whether it is still running. */
function apply(turn: Turn, result: CollectionTurn): void {
  const outputs = [...result.outputs];
  turn.effects.push(...result.effects);
  if (result.collection && !result.done) {
    turn.state = { ...turn.state, ticket: result.collection, ticketAwaiting: result.awaiting };
    turn.outputs.push(...outputs);
    return;
  }
  // Over (ready or cancelled): back to free text; make sure the user has a way on.
  const { ticket: _t, ticketAwaiting: _a, step: _s, ...rest } = turn.state;
  turn.state = { ...rest, back: [], misses: 0 };
  const hasButtons = outputs.some((o) => o.type === 'text' && o.buttons.length > 0);
  const last = outputs.map((o, i) => (o.type === 'text' ? i : -1)).filter((i) => i >= 0).pop();
  const lastText = last === undefined ? undefined : outputs[last];
  if (!hasButtons && last !== undefined && lastText?.type === 'text') {
    outputs[last] = { ...lastText, buttons: [menuButton(turn.state.locale)] };
  }
  turn.outputs.push(...outputs);
}

/** Starts collecting a draft from ticket template `templateId`. */
export function startTicket(turn: Turn, templateId: string): void {
  // Pictures kept from before the collection become its first captures.
  const prefill = turn.state.pendingFiles ?? [];
  const { pendingFiles: _p, ticketOffer: _o, ...rest } = turn.state;
  turn.state = rest;
  apply(turn, startCollection(context(turn), templateId, prefill));
}

/** Passes one (already redacted) input to the running collection. */
export function continueTicket(turn: Turn, input: Inbound): void {
  const running = turn.state.ticket;
  if (!running) return;
  const result = continueCollection(context(turn), running, input);
  const missed = result.collection !== undefined && !result.done && result.collection.misses > running.misses;
  const other = missed && input.type === 'text' && looksLikeQuestion(input.text) ? otherTopicAsked(turn, input.text, CERTAIN_SWITCH) : undefined;
  if (!other) return apply(turn, result);
  // "eh saya lupa password ams juga gimana resetnya" at the NIP: not a wrong NIP but another
  // question. The draft stays as it is; the user is told how to leave it for that question.
  const title = turn.graph.topics[other.topic]!.title[turn.state.locale];
  const hint = { type: 'text' as const, text: say('otherQuestionInTicket', turn.state.locale, { topic: title }), buttons: [], personal: false };
  apply(turn, { ...result, outputs: [hint, ...result.outputs] });
}

/** Words in the shortest message read as a question rather than a mistyped answer. */
const QUESTION_WORDS = 5;

/** A sentence, not a value: five words or more, no digits or address. */
function looksLikeQuestion(text: string): boolean {
  return words(text).length >= QUESTION_WORDS && !/[\d@]/.test(text);
}

/**
 * Cancels a running collection (global batal/menu/ulang/kembali): the draft is saved as
 * cancelled and the user is told; the caller then leaves the flow. No-op without a collection.
 */
export function cancelTicket(turn: Turn): void {
  if (!turn.state.ticket) return;
  const result = cancelCollection(context(turn), turn.state.ticket);
  turn.outputs.push(...result.outputs);
  turn.effects.push(...result.effects);
  const { ticket: _t, ticketAwaiting: _a, ...rest } = turn.state;
  turn.state = rest;
}
