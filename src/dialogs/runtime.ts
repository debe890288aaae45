/**
 * The runtime: what adapters call per turn. Lock the conversation, load its state, run the
 * engine, save (one or two round trips on Redis; see state/optimistic-turn.ts), then carry out
 * the effects: those that write ticket drafts still under the conversation's lock (the locked way,
 * on the few turns that change a draft), the observations after it. A store failure becomes a polite "please try again" (the stored conversation
 * stays as it was), never a silent reset.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Graph } from './graph.js';
import type { Inbound, InboundMeta, Outbound } from './messages.js';
import type { Effect, TurnHandler, TurnResult } from './turn.js';
import { type TurnObserver, type TurnResultKind, tell } from './observer.js';
import type { Router } from './router/index.js';
import { type SessionStore, isStoreError } from './state/index.js';
import { step } from './engine/step.js';
import { say } from './phrases.js';
import { maskPersonalData } from './insight/index.js';

/** What the runtime is built from. */
export interface RuntimeOptions {
  graph: Graph;
  store: SessionStore;
  router: Router;
  logger: Logger;
  now?: () => Date;
  newId?: () => string;
  /**
   * Carries out one effect after the state is saved (e.g. persist a ticket draft). Ticket effects
   * run while the conversation is still locked; the others (routing, funnel) just after.
   */
  onEffect?: (effect: Effect, conversationKey: string) => Promise<void> | void;
  /** Told after every turn (metrics); see src/dialogs/observer.ts. */
  observer?: TurnObserver;
}

/** Builds the {@link TurnHandler} every adapter calls. */
export function createRuntime(options: RuntimeOptions): TurnHandler {
  const { graph, store, router, logger } = options;
  const deps = { now: options.now ?? (() => new Date()), newId: options.newId ?? (() => randomUUID()), router };

  const runEffect = (effect: Effect, key: string) => runEffectWith(options, effect, key);
  const { observer } = options;

  return async (conversationKey: string, input: Inbound, meta: InboundMeta): Promise<TurnResult> => {
    const started = performance.now();
    let ended: TurnResultKind = 'failed';
    try {
      const turn = await store.turn(conversationKey, async (loaded) => {
        const result = step(graph, loaded.state, input, meta, deps);
        const outputs: Outbound[] = loaded.reset
          ? [apology(result.state.locale), ...result.outputs]
          : result.outputs;
        if (loaded.reset) logger.warn({ conversationKey, reason: loaded.reset }, 'stored state unusable; fresh start');
        // Effects that change shared records (ticket drafts) run once the state is saved, still
        // under the conversation's lock, so a chat's turns on two replicas apply them in order.
        const ordered = result.effects.filter(isOrdered);
        const after = ordered.length > 0
          ? async () => { for (const effect of ordered) await runEffect(effect, conversationKey); }
          : undefined;
        return { state: result.state, ...(after ? { after } : {}), result: { outputs, awaiting: result.awaiting, effects: result.effects } };
      });
      // Observations (routing, funnel, reprompts, redactions) need no lock: they run once the
      // turn is saved and the conversation free again.
      for (const effect of turn.effects) if (!isOrdered(effect)) await runEffect(effect, conversationKey);
      logger.debug({ conversationKey, input: input.type, awaiting: turn.awaiting, ms: performance.now() - started }, 'turn');
      ended = 'answered';
      return turn;
    } catch (error) {
      if (!isStoreError(error)) throw error;
      ended = 'store-error';
      logger.error({ conversationKey, code: error.code, err: error.message }, 'state store unavailable');
      const locale = meta.locale ?? 'id';
      return { outputs: [{ type: 'text', text: say('storeDown', locale), buttons: [], personal: false }], awaiting: { kind: 'free' }, effects: [] };
    } finally {
      if (observer) tell(() => observer.turn(meta.channel, (performance.now() - started) / 1000, ended));
    }
  };
}

/** Effects whose order across a conversation's turns matters: they write ticket drafts. */
function isOrdered(effect: Effect): boolean {
  return effect.type === 'ticket-saved' || effect.type === 'ticket-ready';
}

/** Runs one effect; a failing effect is logged and does not take the user's answer away. */
async function runEffectWith(options: RuntimeOptions, effect: Effect, conversationKey: string): Promise<void> {
  // The answer to "Maksud Anda…?" is logged for the guide's maintainers (a wording to add as an
  // example), with personal data masked; secrets were removed before the engine saw the text.
  if (effect.type === 'clarified') {
    options.logger.info({ question: maskPersonalData(effect.text), chosen: effect.chosen }, 'clarifying question answered');
  }
  try {
    await options.onEffect?.(effect, conversationKey);
  } catch (error) {
    options.logger.error({ conversationKey, effect: effect.type, err: error instanceof Error ? error.message : String(error) }, 'effect failed');
  }
}

function apology(locale: 'id' | 'en'): Outbound {
  return { type: 'text', text: say('stateReset', locale), buttons: [], personal: false };
}
