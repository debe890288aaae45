/**
 * The dialog engine: one pure, deterministic function from (graph, state, input) to the next
 * state, the messages to send, the side effects to run, and what is awaited next. The clock,
 * ids and the topic router are injected; nothing here does IO.
 *
 * Order of work per turn: normalise the graph version → secret guard (text first, before
 * anything can be recorded) → input hygiene → language → global commands → ticket collection →
 * the current step or free-text routing.
 */
import type { Graph } from '../graph.js';
import type { Awaiting, CommandName, Inbound, InboundMeta, Outbound } from '../messages.js';
import type { Effect } from '../turn.js';
import { guardSecrets } from '../input/secret-guard.js';
import { type ConversationState, freshState } from './conversation-state.js';
import { cleanText } from '../input/hygiene.js';
import { detectLocale } from '../input/locale-detect.js';
import { commandOf, commandOfButton } from './global-commands.js';
import { type EngineDeps, type Turn, emit, emitPhrase, leaveFlow, noteLeft, reprompt, showMenu, currentButtons } from './turn.js';
import { enter, startTopic } from './moves.js';
import { answerButton, answerFile, answerFree, answerText } from './answers.js';
import { cancelTicket, continueTicket } from './ticket.js';
import { say } from '../phrases.js';
import { isThanks } from './choice-matching.js';
import { typedAction } from '../tickets/input.js';
import { isSecretOnly } from '../input/routing-text.js';
import { awaitingOf, menuButton } from './render.js';
import { TopicId } from '../graph.js';
import { answerOffer, isTicketRequest, pressTicketButton, requestTicket } from './ticket-intent.js';
import { type PendingClarify, answerTyped, notePressed } from './clarify.js';

export type { EngineDeps } from './turn.js';

/** Everything one turn produces. */
export interface StepResult {
  state: ConversationState;
  outputs: Outbound[];
  effects: Effect[];
  awaiting: Awaiting;
}

/** Runs one turn. `state` undefined starts a new conversation. Never throws for user input. */
export function step(graph: Graph, state: ConversationState | undefined, input: Inbound, meta: InboundMeta, deps: EngineDeps): StepResult {
  const now = deps.now();
  const start = state ?? freshState(graph.version, meta.locale ?? 'id', now);
  const turn: Turn = { graph, deps, meta, now, state: adoptGraph(graph, start), outputs: [], effects: [] };
  // "Shall I draft the ticket?" and "Maksud Anda…?" hold for one turn only.
  const offerOpen = turn.state.ticketOffer === true;
  const clarifying = turn.state.clarify;
  const { ticketOffer: _o, clarify: _c, ...rest } = turn.state;
  turn.state = rest;
  dispatch(turn, input, { offerOpen, clarifying });
  return finish(turn);
}

/** A state written with another graph version keeps only what still exists in this graph. */
function adoptGraph(graph: Graph, state: ConversationState): ConversationState {
  if (state.graphVersion === graph.version) return state;
  const stepGone = state.step !== undefined && graph.steps[state.step] === undefined;
  const { step: _step, ...rest } = state;
  return { ...(stepGone ? rest : state), graphVersion: graph.version, offered: [], back: state.back.filter((s) => graph.steps[s]) };
}

/** Questions the last turn left open (each holds for one turn). */
interface OpenQuestions { offerOpen: boolean; clarifying: PendingClarify | undefined }

function dispatch(turn: Turn, input: Inbound, open: OpenQuestions): void {
  switch (input.type) {
    case 'command':
      return runCommand(turn, input.command);
    case 'button':
      if (open.clarifying) notePressed(turn, open.clarifying, input.id);
      return pressButton(turn, input.id, input.graphVersion);
    case 'photo':
    case 'document': {
      if (turn.state.ticket) return continueTicket(turn, input);
      const current = turn.state.step ? turn.graph.steps[turn.state.step] : undefined;
      return answerFile(turn, current, input.file, input.type === 'photo');
    }
    case 'text':
      return receiveText(turn, input.text, open);
  }
}

function receiveText(turn: Turn, raw: string, open: OpenQuestions): void {
  // Secrets first: nothing below may see, record or echo the original text.
  const guarded = guardSecrets(raw);
  if (guarded.kinds.length > 0) {
    turn.effects.push({ type: 'secret-redacted', kinds: [...guarded.kinds] });
  }
  const clean = cleanText(guarded.text);
  if (clean.kind === 'ok') turn.state = { ...turn.state, locale: detectLocale(clean.text, turn.state.locale) };
  if (guarded.kinds.length > 0) emitPhrase(turn, 'secretWarning');
  if (clean.kind !== 'ok') {
    const key = clean.kind === 'empty' ? 'empty' : clean.kind === 'emoji-only' ? 'emojiOnly' : 'unreadable';
    return reprompt(turn, say(key, turn.state.locale));
  }
  if (clean.truncated) emitPhrase(turn, 'truncated');
  // Only a secret ("kode otp 123456", "password: X"): warned above; the words around it are no
  // question, so the current step (or collection) stays as it was instead of switching topic.
  if (guarded.kinds.length > 0 && isSecretOnly(clean.text)) {
    if (turn.state.ticket) return;
    return turn.state.step ? reprompt(turn, say('carryOn', turn.state.locale)) : showMenu(turn, 'menu');
  }
  const command = commandOf(clean.text);
  if (command) return runCommand(turn, command);
  if (turn.state.ticket) {
    // A thank-you mid-collection is not an answer; the collection keeps waiting for the same thing.
    if (isThanks(clean.text) && typedAction(clean.text) === undefined) return emitPhrase(turn, 'welcomeKeepGoing');
    return continueTicket(turn, { type: 'text', text: clean.text });
  }
  if (open.offerOpen && answerOffer(turn, clean.text)) return;
  if (open.clarifying && answerTyped(turn, open.clarifying, clean.text)) return;
  const current = turn.state.step ? turn.graph.steps[turn.state.step] : undefined;
  if (current) return answerText(turn, current, clean.text);
  // No step open but a topic talked about (or photos kept): "buat tiket" means that topic's ticket.
  if (isTicketRequest(clean.text) && requestTicket(turn, clean.text)) return;
  answerFree(turn, clean.text);
}

function pressButton(turn: Turn, id: string, graphVersion: string | undefined): void {
  const command = commandOfButton(id);
  if (command) return runCommand(turn, command);
  // The menu's "ticket" (or the after-three-misses offer) inside a topic: that topic's ticket.
  if (id === 'topic:ticket' && !turn.state.ticket && requestTicket(turn)) return;
  if (id.startsWith('topic:')) {
    const topic = TopicId.safeParse(id.slice('topic:'.length));
    if (topic.success && turn.graph.topics[topic.data]) return startTopic(turn, topic.data);
    return stale(turn);
  }
  if (turn.state.ticket) return continueTicket(turn, { type: 'button', id, ...(graphVersion ? { graphVersion } : {}) });
  if (turn.state.offered.includes(id) && pressTicketButton(turn, id)) return;
  const current = turn.state.step ? turn.graph.steps[turn.state.step] : undefined;
  const versionOk = graphVersion === undefined || graphVersion === turn.graph.version;
  if (!current || !versionOk || !turn.state.offered.includes(id)) return stale(turn);
  answerButton(turn, current, id);
}

/** An old or unknown button: say so kindly and show the menu (and the current question's buttons). */
function stale(turn: Turn): void {
  if (!turn.state.step || turn.state.ticket) return showMenu(turn, 'staleButton');
  const buttons = currentButtons(turn).filter((b) => b.id !== 'menu');
  emit(turn, say('staleButton', turn.state.locale), [...buttons, menuButton(turn.state.locale)]);
}

function runCommand(turn: Turn, command: CommandName): void {
  const { locale } = turn.state;
  const hadTicket = turn.state.ticket !== undefined;
  // Every command but help ends a running ticket collection (the draft is saved as cancelled).
  if (command !== 'help') cancelTicket(turn);
  switch (command) {
    case 'start':
    case 'restart': {
      noteLeft(turn);
      turn.state = { ...freshState(turn.graph.version, locale, turn.now), createdAt: turn.state.createdAt };
      if (command === 'restart') emitPhrase(turn, 'restarted');
      return showMenu(turn, 'welcome');
    }
    case 'menu':
      return showMenu(turn);
    case 'cancel': {
      if (!hadTicket) emitPhrase(turn, 'cancelled');
      const { pendingFiles: _p, ...rest } = turn.state;
      turn.state = rest;
      leaveFlow(turn);
      return showMenu(turn, 'menu');
    }
    case 'help':
      return emit(turn, say('help', locale), hadTicket ? [] : currentButtons(turn));
    case 'back': {
      const previous = turn.state.back.at(-1);
      if (previous === undefined) return showMenu(turn, 'nothingToGoBack');
      leaveFlowKeepingHistory(turn);
      turn.state = { ...turn.state, back: turn.state.back.slice(0, -1) };
      return enter(turn, previous);
    }
  }
}

/** Drops the ticket and the current step but keeps the back-stack (for `kembali`). */
function leaveFlowKeepingHistory(turn: Turn): void {
  const { ticket: _t, ticketAwaiting: _a, step: _s, ...rest } = turn.state;
  turn.state = { ...rest, misses: 0 };
}

/** Fills in output topics, records the offered buttons and works out what is awaited. */
function finish(turn: Turn): StepResult {
  const { state, graph } = turn;
  const topic = state.topic ?? 'greeting';
  const outputs = turn.outputs.map((o) => (o.type === 'text' && !o.topic ? { ...o, topic } : o));
  const offered = outputs
    .flatMap((o) => (o.type === 'text' ? o.buttons : []))
    .filter((b) => !b.url && b.id !== 'menu' && !b.id.startsWith('topic:') && !b.id.startsWith('cmd:'))
    .map((b) => b.id)
    .slice(-40);
  const current = state.step ? graph.steps[state.step] : undefined;
  const awaiting: Awaiting = state.ticket
    ? state.ticketAwaiting ?? { kind: 'free' }
    : current ? awaitingOf(current) : { kind: 'free' };
  return { state: { ...state, offered, updatedAt: turn.now.toISOString() }, outputs, effects: turn.effects, awaiting };
}
