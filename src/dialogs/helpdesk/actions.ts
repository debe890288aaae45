/**
 * What helpdesk actions do to a draft, as pure transitions: claim ("Ambil"), escalate with the
 * service-desk number ("Sudah dieskalasi"), ask the employee ("Minta info"), close with a note
 * ("Selesai"), and the employee's answer. Repeating an action that is already in effect changes
 * nothing (`same`), which makes a double click harmless even without the action-id check.
 */
import type { TicketDraft, TicketEvent, TicketStatus } from '../tickets/draft.js';

/** Who acts on a ticket: a helpdesk user on a channel. */
export interface HelpdeskActor {
  channel: 'telegram' | 'slack';
  id: string;
  name?: string;
}

/** A helpdesk action and its input. */
export type HelpdeskAction =
  | { kind: 'claim' }
  | { kind: 'escalate'; number: string }
  | { kind: 'ask'; question: string }
  | { kind: 'close'; note: string };

/** The outcome of a transition: the changed draft, or why nothing changed. */
export type Transition =
  | { ok: true; draft: TicketDraft; event: TicketEvent }
  | { ok: false; reason: 'same' | 'closed' | 'not-open' | 'empty' };

const MAX_NOTE = 1000;

/** `telegram:123 (Rina)`: how an actor appears in a draft's history. */
export function actorLabel(actor: HelpdeskActor): string {
  return actor.name ? `${actor.channel}:${actor.id} (${actor.name})` : `${actor.channel}:${actor.id}`;
}

/** Applies `action` by `actor` at `now`. */
export function applyAction(draft: TicketDraft, action: HelpdeskAction, actor: HelpdeskActor, now: Date): Transition {
  if (draft.status === 'closed' || draft.status === 'cancelled') return { ok: false, reason: 'closed' };
  if (draft.status === 'collecting') return { ok: false, reason: 'not-open' };
  const by = actorLabel(actor);
  const assignee = draft.assignee ?? by;
  switch (action.kind) {
    case 'claim':
      if (draft.assignee === by) return { ok: false, reason: 'same' };
      return change(draft, { status: draft.status === 'ready' ? 'claimed' : draft.status, assignee: by }, { by, action: 'claimed' }, now);
    case 'escalate': {
      const number = clean(action.number).slice(0, 60);
      if (!number) return { ok: false, reason: 'empty' };
      if (draft.status === 'escalated' && draft.serviceDeskNumber === number) return { ok: false, reason: 'same' };
      return change(draft, { status: 'escalated', serviceDeskNumber: number, assignee }, { by, action: 'escalated', note: number }, now);
    }
    case 'ask': {
      const question = clean(action.question).slice(0, MAX_NOTE);
      if (!question) return { ok: false, reason: 'empty' };
      if (draft.status === 'info-requested' && draft.pendingQuestion === question) return { ok: false, reason: 'same' };
      return change(draft, { status: 'info-requested', pendingQuestion: question, assignee }, { by, action: 'info-requested', note: question }, now);
    }
    case 'close': {
      const note = clean(action.note).slice(0, MAX_NOTE);
      if (!note) return { ok: false, reason: 'empty' };
      return change(draft, { status: 'closed', pendingQuestion: undefined, assignee }, { by, action: 'closed', note }, now);
    }
  }
}

/** The employee answered the pending question: record it and resume the earlier status. */
export function applyAnswer(draft: TicketDraft, answer: string, now: Date): Transition {
  if (draft.status !== 'info-requested') return { ok: false, reason: 'not-open' };
  const note = clean(answer).slice(0, MAX_NOTE);
  if (!note) return { ok: false, reason: 'empty' };
  const resumed: TicketStatus = draft.serviceDeskNumber ? 'escalated' : draft.assignee ? 'claimed' : 'ready';
  return change(draft, { status: resumed, pendingQuestion: undefined }, { by: draft.userId, action: 'info-received', note }, now);
}

function change(draft: TicketDraft, patch: Partial<TicketDraft>, event: Omit<TicketEvent, 'at'>, now: Date): Transition {
  const at = now.toISOString();
  const full: TicketEvent = { at, ...event };
  const next: TicketDraft = { ...draft, ...patch, updatedAt: at, history: [...draft.history, full] };
  if (patch.pendingQuestion === undefined && 'pendingQuestion' in patch) delete next.pendingQuestion;
  return { ok: true, draft: next, event: full };
}

function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim();
}
