/**
 * Getting users who never saw our buttons to the ticket their topic leads to: a typed ticket
 * request ("buat tiket", "lapor", "create a ticket") starts the template reachable from where
 * the conversation is (computed from the graph, see ticket-reach.ts); photos sent before a
 * ticket are kept for its captures; "iya" or a NIP/email typed at a choice whose one way to a
 * ticket is unambiguous is taken as wanting that ticket.
 */
import type { Step, TopicId } from '../graph.js';
import type { Button, FileRef } from '../messages.js';
import { type Turn, SOCIAL_TOPICS, emit, emitPhrase, reprompt } from './turn.js';
import { enter } from './moves.js';
import { PENDING_FILES_LIMIT, recordJourney } from './conversation-state.js';
import { type ReachableTicket, directTicketOf, directTicketOptions, ticketsForContext, topicTickets } from '../tickets/reach.js';
import { isAffirmative, isNegative } from './choice-matching.js';
import { canonicalWords } from '../router/normalizer.js';
import { checkField } from '../validators/index.js';
import { menuButtons } from './render.js';
import { say } from '../phrases.js';
import { routeSafely } from './route-safely.js';

/** Button ids of the photo offer and of the template choice. */
export const OFFER_YES = 'offer:ticket';
export const OFFER_NO = 'offer:no';
const PICK_PREFIX = 'pick-ticket:';

/** Router confidence above which a ticket request names another topic's ticket. */
const OTHER_TOPIC_CONFIDENCE = 0.6;

const TICKET_WORDS = /(^| )(tiket|tiketnya|ticket|lapor|laporkan|melapor|melaporkan|eskalasi|eskalasikan|escalate|servicedesk|service desk|helpdesk|help desk|layanan 15_1|15_1)( |$)/;

/** Whether `text` asks for a ticket ("buat tiket", "bikin tiket dong", "create a ticket", "lapor ke servicedesk"). */
export function isTicketRequest(text: string): boolean {
  return TICKET_WORDS.test(canonicalWords(text).join(' '));
}

/** Starts one reachable template: the journey so far is kept for the description. */
function begin(turn: Turn, target: ReachableTicket): void {
  const from = turn.state.step;
  if (from && from !== target.endStep) turn.state = recordJourney(turn.state, from);
  enter(turn, target.endStep, from);
}

/** Offers a choice between templates (only those reachable). */
function offer(turn: Turn, targets: readonly ReachableTicket[]): void {
  const { locale } = turn.state;
  const buttons: Button[] = targets.map((t) => ({ id: `${PICK_PREFIX}${t.template}`, label: turn.graph.tickets[t.template]?.title[locale] ?? t.template }));
  emit(turn, say('pickTicket', locale), buttons);
}

/**
 * A ticket request while a conversation runs: the template reachable from the current step (or
 * from the topic's start), or from the topic `text` clearly names. True when handled.
 */
export function requestTicket(turn: Turn, text?: string): boolean {
  const { graph, state } = turn;
  if (text) {
    const routed = routeSafely(turn, text);
    const other = routed.topic !== state.topic && routed.topic !== 'ticket' && !SOCIAL_TOPICS.has(routed.topic) && routed.topic !== 'unknown';
    if (other && routed.confidence >= OTHER_TOPIC_CONFIDENCE) {
      const named = topicTickets(graph, routed.topic);
      if (named.length === 1) {
        turn.state = { ...turn.state, topic: routed.topic };
        begin(turn, named[0]!);
        return true;
      }
    }
  }
  if (!state.topic || state.topic === 'ticket') return false;
  const targets = ticketsForContext(graph, state.step, state.topic);
  if (targets.length === 0) return false;
  if (targets.length === 1) begin(turn, targets[0]!);
  else offer(turn, targets);
  return true;
}

/**
 * A picture with no capture asked for: kept (up to {@link PENDING_FILES_LIMIT}) when the
 * conversation can reach a ticket that needs captures, with an offer to draft it. False when no
 * ticket is reachable (the caller says it did not ask for a picture).
 */
export function keepFileForTicket(turn: Turn, step: Step | undefined, file: FileRef, sentAs: 'photo' | 'document'): boolean {
  const { graph, state } = turn;
  const beforeTopic = !state.topic || state.topic === 'ticket';
  const targets = beforeTopic ? [] : ticketsForContext(graph, state.step, state.topic);
  if (!beforeTopic && targets.length === 0) return false;
  if (step?.prompt?.kind === 'photo') return false;
  const kept = { ref: file.ref, sentAs, ...(file.name ? { name: file.name.slice(0, 120) } : {}), ...(file.mime ? { mime: file.mime } : {}) };
  const pendingFiles = [...(state.pendingFiles ?? []), kept].slice(-PENDING_FILES_LIMIT);
  turn.state = { ...turn.state, pendingFiles };
  const { locale } = turn.state;
  if (beforeTopic && !step) {
    emit(turn, say('keptBeforeTopic', locale), menuButtons(graph, locale));
    return true;
  }
  if (step?.prompt) {
    // A typed question is open: keep the picture quietly and ask the question again.
    emitPhrase(turn, 'keptForLater');
    enter(turn, step.id);
    return true;
  }
  turn.state = { ...turn.state, ticketOffer: true };
  emit(turn, say('keptForTicket', locale), [{ id: OFFER_YES, label: say('draftTicketButton', locale) }, { id: OFFER_NO, label: say('no', locale) }]);
  return true;
}

/** The engine's own buttons of this module; true when `id` was one of them. */
export function pressTicketButton(turn: Turn, id: string): boolean {
  if (id === OFFER_YES) return acceptOffer(turn);
  if (id === OFFER_NO) return declineOffer(turn);
  if (!id.startsWith(PICK_PREFIX)) return false;
  const template = id.slice(PICK_PREFIX.length);
  const targets = ticketsForContext(turn.graph, turn.state.step, turn.state.topic);
  const target = targets.find((t) => t.template === template);
  if (!target) return false;
  begin(turn, target);
  return true;
}

function acceptOffer(turn: Turn): boolean {
  if (requestTicket(turn)) return true;
  // Before any topic: every template is a candidate.
  const all = Object.values(turn.graph.topics).flatMap((t) => (t.id === 'ticket' ? topicTickets(turn.graph, t.id) : []));
  if (all.length === 0) return false;
  offer(turn, all);
  return true;
}

function declineOffer(turn: Turn): true {
  const { pendingFiles: _p, ...rest } = turn.state;
  turn.state = rest;
  reprompt(turn, say('offerDeclined', turn.state.locale));
  return true;
}

/** A typed answer to "shall I draft the ticket?"; true when it was one. */
export function answerOffer(turn: Turn, text: string): boolean {
  if (isAffirmative(text) || isTicketRequest(text)) return acceptOffer(turn);
  if (isNegative(text)) return declineOffer(turn);
  return false;
}

/**
 * Free text at a choice that no label matched, read by where the options lead: "iya" when the
 * only way on is one option that starts a ticket at once; a valid NIP or email there (the user
 * is already answering the ticket's questions); or a description of a problem whose topic has
 * exactly one template that one option starts. True when an option was taken.
 */
export function choiceByTarget(turn: Turn, step: Step, text: string, choose: (index: number) => void): boolean {
  const options = step.options ?? [];
  const direct = directTicketOptions(turn.graph, step);
  const onlyTicket = direct.length === 1 ? direct[0]! : undefined;
  if (onlyTicket !== undefined && isAffirmative(text) && !options.some((o, i) => i !== onlyTicket && isAffirmative(o.label.id))) {
    choose(onlyTicket);
    return true;
  }
  if (onlyTicket !== undefined) {
    for (const field of ['nip', 'email'] as const) {
      const check = checkField(field, text.trim(), turn.state.locale, turn.now);
      if (check.ok && /^\S+$/.test(text.trim())) {
        turn.state = { ...turn.state, slots: { ...turn.state.slots, [field]: check.value } };
        choose(onlyTicket);
        return true;
      }
    }
  }
  if (direct.length > 1) {
    const routed = routeSafely(turn, text);
    const wanted = new Set(topicTickets(turn.graph, routed.topic).map((t) => t.template));
    const hits = direct.filter((i) => wanted.has(directTicketOf(turn.graph, options[i]!) ?? ''));
    if (wanted.size === 1 && hits.length === 1) {
      choose(hits[0]!);
      return true;
    }
  }
  return false;
}
