/**
 * What one conversation turn produces, and the function every adapter calls to run one.
 * Adapters depend on this file only (plus the message model), never on the engine internals.
 */
import type { Awaiting, Inbound, InboundMeta, Outbound } from './messages.js';
import type { TicketDraft } from './tickets/draft.js';

/** Side effects the engine asks for; the runtime carries them out after the state is saved. */
export type Effect =
  /** A ticket draft changed (created, capture added, became ready, cancelled). */
  | { type: 'ticket-saved'; ticket: TicketDraft }
  /** A draft became `ready`: post it to the helpdesk queue. */
  | { type: 'ticket-ready'; ticket: TicketDraft }
  /** The secret guard removed something from user input (kinds only, never the value). */
  | { type: 'secret-redacted'; kinds: string[] };

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
