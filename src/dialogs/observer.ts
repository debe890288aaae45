/**
 * What the core tells an observer (metrics, in src/bots) about its work: each turn and each
 * session store call. Small interfaces so the core never imports a metrics library; an observer
 * must be cheap and must not throw (a throw is swallowed, never the user's answer).
 */
import type { InboundMeta } from './messages.js';

/** How a turn ended: answered, answered with "please try again" (store down), or it threw. */
export type TurnResultKind = 'answered' | 'store-error' | 'failed';

/** Told after every turn the runtime runs. */
export interface TurnObserver {
  turn(channel: InboundMeta['channel'], seconds: number, result: TurnResultKind): void;
}

/** The session store operations an observer hears about. */
export type StoreOp = 'load' | 'save' | 'delete' | 'lock' | 'ping' | 'turn';

/** Told after every session store call (the lock: once it is held, or has failed). */
export interface StoreObserver {
  storeCall(op: StoreOp, seconds: number, ok: boolean): void;
}

/** Told when a ticket draft enters a status (created, ready, claimed, escalated, closed, …). */
export interface TicketObserver {
  ticketStatus(status: string): void;
}

/** Calls `notify`, swallowing whatever an observer throws. */
export function tell(notify: () => void): void {
  try {
    notify();
  } catch {
    // An observer's failure never reaches a user.
  }
}
