/**
 * What one conversation turn produces, and the function every adapter calls to run one.
 * Adapters depend on this file only (plus the message model), never on the engine internals.
 */
import type { TopicId } from './graph.js';
import type { Awaiting, Inbound, InboundMeta, Outbound } from './messages.js';
import type { TicketDraft } from './tickets/draft.js';

/**
 * How a free-text question was placed: `topic` answered it, `clarify` asked "Maksud Anda…?"
 * with `candidates`, `unknown` gave the out-of-scope answer.
 */
export type RoutingOutcome = 'topic' | 'clarify' | 'unknown';

/**
 * A moment of a topic's run, for the maintainers' funnel: the topic `started`, reached a `step`
 * that waits for the user, was `completed` (a resolved or wait-email end), became a `ticket`,
 * or was `left` at `step` for something else (menu, another topic, restart).
 */
export type FlowEvent = 'started' | 'step' | 'completed' | 'ticket' | 'left';

/** Side effects the engine asks for; the runtime carries them out after the state is saved. */
export type Effect =
  /** A ticket draft changed (created, capture added, became ready, cancelled). */
  | { type: 'ticket-saved'; ticket: TicketDraft }
  /** A draft became `ready`: post it to the helpdesk queue. */
  | { type: 'ticket-ready'; ticket: TicketDraft }
  /** The secret guard removed something from user input (kinds only, never the value). */
  | { type: 'secret-redacted'; kinds: string[] }
  /**
   * A free-text question was routed. `text` is the redacted question (secrets already removed;
   * whoever keeps it must still drop personal data such as NIP/NIK and emails).
   */
  | { type: 'routed'; text: string; topic: TopicId; confidence: number; outcome: RoutingOutcome; candidates?: TopicId[] }
  /** The user answered a clarifying question: `chosen` is the topic picked, or `menu`. */
  | { type: 'clarified'; text: string; chosen: TopicId | 'menu' }
  /** A step of a topic's run (see {@link FlowEvent}). */
  | { type: 'flow'; event: FlowEvent; topic: TopicId; step?: string }
  /** An answer at a prompt or choice was not understood and the question was asked again. */
  | { type: 'reprompt'; topic?: TopicId; step?: string };

/** The result of one turn as adapters see it. */
export interface TurnResult {
  outputs: Outbound[];
  awaiting: Awaiting;
  effects: Effect[];
}

/**
 * Runs one turn for one conversation. `conversationKey` identifies the conversation
 * (e.g. `telegram:<chatId>`, `slack:<team>:<channel>:<thread_ts>`, `cli:local`); turns of one key
 * never interleave. Never throws for user input; throws only when the state store is unavailable
 * (the adapter then apologises and asks the user to try again).
 */
export type TurnHandler = (conversationKey: string, input: Inbound, meta: InboundMeta) => Promise<TurnResult>;
