/**
 * "Minta info": while the helpdesk waits for an employee's answer, the employee's next typed
 * message is that answer. This wraps the runtime's {@link TurnHandler}: it takes such a message
 * (never one holding a secret), appends it to the draft, thanks the employee, and lets everything
 * else (commands, buttons, photos, other users) through to the conversation unchanged.
 */
import type { Logger } from 'pino';
import type { TurnHandler, TurnResult } from '../turn.js';
import type { Locale } from '../graph.js';
import type { HelpdeskQueue } from './queue.js';
import { EMPLOYEE_PHRASES, fill } from './phrases.js';
import { commandOf } from '../engine/global-commands.js';
import { guardSecrets } from '../input/secret-guard.js';
import { isStoreError } from '../state/store-errors.js';
import { say } from '../phrases.js';

/** The runtime with pending helpdesk questions answered first; `logger` hears of store outages. */
export function withHelpdeskReplies(handleTurn: TurnHandler, queue: Pick<HelpdeskQueue, 'pendingQuestion' | 'answer'>, logger?: Logger): TurnHandler {
  return async (conversationKey, input, meta) => {
    if (input.type !== 'text' || input.text.trim() === '' || commandOf(input.text) !== undefined) {
      return handleTurn(conversationKey, input, meta);
    }
    let pending: Awaited<ReturnType<typeof queue.pendingQuestion>>;
    try {
      pending = await queue.pendingQuestion(meta.userId);
    } catch (error) {
      // The ticket store is down: the message may be the helpdesk's answer, so it is not guessed
      // at; the user is asked to send it again, like any turn during an outage.
      if (!isStoreError(error)) throw error;
      logger?.error({ conversationKey, code: error.code, err: error.message }, 'ticket store unavailable');
      return { outputs: [{ type: 'text', text: say('storeDown', meta.locale ?? 'id'), buttons: [], personal: false }], awaiting: { kind: 'free' }, effects: [] };
    }
    if (!pending) return handleTurn(conversationKey, input, meta);
    const locale: Locale = pending.locale;
    const guarded = guardSecrets(input.text);
    const effects: TurnResult['effects'] = guarded.kinds.length > 0 ? [{ type: 'secret-redacted', kinds: guarded.kinds }] : [];
    // A message with a secret is not forwarded at all (even redacted): the question stays
    // pending and the employee is asked to answer without it.
    if (guarded.kinds.length > 0) {
      const text = fill(EMPLOYEE_PHRASES.answerHadSecret, locale, {});
      return { outputs: [{ type: 'text', text, buttons: [], personal: false }], awaiting: { kind: 'free' }, effects };
    }
    const draft = await queue.answer(meta.userId, guarded.text);
    if (!draft) return handleTurn(conversationKey, input, meta);
    const lines = [fill(EMPLOYEE_PHRASES.answerForwarded, locale, { id: draft.id })];
    return { outputs: [{ type: 'text', text: lines.join('\n\n'), buttons: [], personal: false }], awaiting: { kind: 'free' }, effects };
  };
}
