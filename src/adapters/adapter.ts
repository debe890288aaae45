/**
 * The one small interface every channel implements (like Bolt's Receiver): the composition root
 * builds an adapter with a {@link TurnHandler}, then starts and stops it.
 */
import type { Outbound } from '../dialogs/messages.js';

export interface Adapter {
  /** `telegram`, `slack`, `terminal`, `replay`. */
  readonly name: string;
  /** Connects (polling, webhook listener, socket, a terminal) and begins handling events. */
  start(): Promise<void>;
  /** Stops taking new events, finishes the ones in flight, releases connections. */
  stop(): Promise<void>;
  /** Whether the channel is connected right now (`/readyz`); channels without a connection omit it. */
  health?(): ChannelHealth;
}

/** A channel's connection, as `/readyz` reports it. */
export type ChannelHealth = { ok: true } | { ok: false; reason: string };

/**
 * An adapter over a stream that ends by itself (a terminal, a JSON-lines file): `finished`
 * resolves once its input has ended and the last turn has been answered.
 */
export interface StreamAdapter extends Adapter {
  readonly finished: Promise<void>;
}

/**
 * Sends messages to a user outside a turn (helpdesk notifications). `userId` is the
 * channel-qualified id from {@link InboundMeta.userId}, e.g. `telegram:123`.
 */
export interface Notifier {
  readonly channel: string;
  notify(userId: string, outputs: Outbound[]): Promise<void>;
}
