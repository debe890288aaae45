/**
 * The core's observations turned into metrics: the runtime's turns, the session store's calls,
 * ticket statuses, and the effects every turn emits (routing outcome, clarifying answers,
 * funnel, reprompts). The only place that knows both the core's observer interfaces and
 * src/ops/metrics.ts, so neither imports the other.
 */
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
