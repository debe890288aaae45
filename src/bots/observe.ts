/**
 * The core's observations turned into metrics: the runtime's turns, the session store's calls,
 * ticket statuses, and the effects every turn emits (routing outcome, clarifying answers,
 * funnel, reprompts). The only place that knows both the core's observer interfaces and
 * src/ops/metrics.ts, so neither imports the other.
 */
import { observeSeenStore } from '../adapters/dedupe.js';
import type { SharedState } from '../adapters/shared/index.js';
import type { Effect } from '../dialogs/turn.js';
import type { StoreObserver, TicketObserver, TurnObserver } from '../dialogs/observer.js';
import type { Metrics } from '../ops/metrics.js';

/** The observers the core takes, all recording into `metrics`. */
export interface MetricsObservers {
  turns: TurnObserver;
  store: StoreObserver;
  tickets: TicketObserver;
  /** The runtime's effect consumer for the counters. */
  effect(effect: Effect): void;
}

/** Builds the observers for `metrics`. */
export function metricsObservers(metrics: Metrics): MetricsObservers {
  return {
    turns: { turn: (channel, seconds, result) => metrics.turn(channel, seconds, result) },
    store: { storeCall: (op, seconds, ok) => metrics.storeCall(op, seconds, ok) },
    tickets: { ticketStatus: (status) => metrics.ticket(status) },
    effect(effect) {
      switch (effect.type) {
        case 'routed': return metrics.routed(effect.topic, effect.outcome);
        case 'clarified': return metrics.clarified(effect.chosen);
        case 'flow': return metrics.flow(effect.topic, effect.event);
        case 'reprompt': return metrics.reprompt(effect.topic ?? 'none');
        default:
      }
    },
  };
}

/**
 * `state` with repeated deliveries counted (dedupe hits per channel, from the key's prefix:
 * `tg:…` is Telegram, `slack:…` Slack); counting never changes an answer.
 */
export function countRepeats(state: SharedState, onRepeat: (channel: string) => void): SharedState {
  const seen = observeSeenStore(state, onRepeat);
  return {
    kind: state.kind,
    firstTime: (key, ttlMs) => seen.firstTime(key, ttlMs),
    takeToken: (key, rule) => state.takeToken(key, rule),
    get: (key) => state.get(key),
    set: (key, value, ttlMs) => state.set(key, value, ttlMs),
    delete: (key) => state.delete(key),
    consume: (key) => state.consume(key),
    close: () => state.close(),
  };
}
