/**
 * The per-conversation state the engine reads and returns, stored by the session store.
 * Versioned (`v`) and validated on load; kept small (about 1–2 KB serialised) by bounding every
 * list. Never holds a secret: the engine redacts inbound text before anything is recorded.
 */
import { z } from 'zod';
import { Locale, TopicId } from '../graph.js';
import { AwaitingKind } from '../messages.js';
import { CollectionState } from '../tickets/collection-state.js';
import { JourneyEntry } from '../tickets/journey.js';

/** How many steps `kembali`/`back` can undo. */
export const BACK_LIMIT = 8;
/** How many journey entries are kept for the ticket description. */
export const JOURNEY_LIMIT = 12;
/** Longest answer kept in the journey. */
export const JOURNEY_ANSWER_CHARS = 120;

/** Longest question kept while a clarifying question is open. */
export const CLARIFY_TEXT_CHARS = 160;

/** How many photos sent before a ticket started are kept for it. */
export const PENDING_FILES_LIMIT = 3;

/** A photo kept for a ticket not started yet (a channel file reference, never file content). */
export const PendingFile = z.object({
  ref: z.string().max(512), name: z.string().max(120).optional(), mime: z.string().max(80).optional(),
  sentAs: z.enum(['photo', 'document']),
});
export type PendingFile = z.infer<typeof PendingFile>;

export { JourneyEntry } from '../tickets/journey.js';

export const ConversationState = z.object({
  v: z.literal(1),
  /** The graph version the state was written with; a different graph invalidates buttons. */
  graphVersion: z.string(),
  locale: Locale,
  /** The topic being talked about (for output labels and ticket context). */
  topic: TopicId.optional(),
  /** The step waiting for the user's answer; undefined = free text (no flow running). */
  step: z.string().optional(),
  /** Answers to typed prompts and choices, by slot name. */
  slots: z.record(z.string(), z.string()).default({}),
  /** Rule violations collected by `collect: true` prompts (user-facing sentences). */
  violations: z.array(z.string()).max(20).default([]),
  /** Wrong answers in a row at the current prompt. */
  misses: z.number().int().nonnegative().default(0),
  /** Steps the user answered before the current one, newest last (for `kembali`). */
  back: z.array(z.string()).max(BACK_LIMIT).default([]),
  journey: z.array(JourneyEntry).max(JOURNEY_LIMIT).default([]),
  /** Button ids offered in the last turn (stale-button check). */
  offered: z.array(z.string()).max(40).default([]),
  /** A ticket draft being collected (owned by ticket-collection). */
  ticket: CollectionState.optional(),
  /** What the ticket collection awaits, while `ticket` is set. */
  ticketAwaiting: z.object({ kind: AwaitingKind, slot: z.string().optional() }).optional(),
  /** Photos sent before a ticket collection, used for its captures when it starts. */
  pendingFiles: z.array(PendingFile).max(PENDING_FILES_LIMIT).optional(),
  /** The last turn asked "shall I draft the 15.1 ticket?" (a yes/no typed next answers it). */
  ticketOffer: z.boolean().optional(),
  /**
   * The last turn asked "Maksud Anda…?": the (redacted) question and the topics offered, so the
   * answer can be recorded for the guide's maintainers. Holds for one turn.
   */
  clarify: z.object({ text: z.string().max(CLARIFY_TEXT_CHARS), candidates: z.array(TopicId).max(3) }).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ConversationState = z.infer<typeof ConversationState>;

/** A new conversation. */
export function freshState(graphVersion: string, locale: Locale, now: Date): ConversationState {
  const at = now.toISOString();
  return {
    v: 1, graphVersion, locale, slots: {}, violations: [], misses: 0, back: [], journey: [], offered: [],
    createdAt: at, updatedAt: at,
  };
}

/** Appends to a bounded list, dropping the oldest entries. */
export function pushBounded<T>(list: readonly T[], item: T, limit: number): T[] {
  const next = [...list, item];
  return next.length > limit ? next.slice(next.length - limit) : next;
}

/** Records an answer in the journey (shortened; the text is already redacted). */
export function recordJourney(state: ConversationState, step: string, answer?: string): ConversationState {
  const entry: JourneyEntry = answer === undefined ? { step } : { step, answer: answer.slice(0, JOURNEY_ANSWER_CHARS) };
  return { ...state, journey: pushBounded(state.journey, entry, JOURNEY_LIMIT) };
}
