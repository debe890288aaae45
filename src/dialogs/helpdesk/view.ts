/**
 * What the helpdesk boards show, the same on every channel: which actions a draft offers in its
 * status, their labels, the prompts for an action's input, list lines, and the answer to the
 * helpdesk user who acted. Indonesian: the helpdesk team's working language.
 */
import type { TicketDraft } from '../tickets/draft.js';
import type { HelpdeskAction } from './actions.js';
import type { ActionOutcome } from './queue.js';
import { STATUS_LABEL } from './phrases.js';

/** The kinds of helpdesk action. */
export type ActionKind = HelpdeskAction['kind'];

/** Button labels (the names). */
export const ACTION_LABEL: Record<ActionKind, string> = {
  claim: 'Ambil', escalate: 'Sudah dieskalasi', ask: 'Minta info', close: 'Selesai',
};

/** Short codes for compact button data (Telegram's 64-byte callback_data). */
export const ACTION_CODE: Record<ActionKind, string> = { claim: 'c', escalate: 'e', ask: 'q', close: 'x' };
// A Map: a forged code such as "constructor" must not find Object.prototype's members.
const BY_CODE: ReadonlyMap<string, ActionKind> = new Map([['c', 'claim'], ['e', 'escalate'], ['q', 'ask'], ['x', 'close']]);

/** The action a short code stands for. */
export function actionOfCode(code: string): ActionKind | undefined {
  return BY_CODE.get(code);
}

/** What an action's input prompt asks the helpdesk user (claim needs none). */
export const ACTION_PROMPT: Record<Exclude<ActionKind, 'claim'>, string> = {
  escalate: 'Balas dengan nomor tiket Service Desk untuk tiket {id}.',
  ask: 'Balas dengan pertanyaan untuk pegawai (tiket {id}). Jawabannya akan ditambahkan ke draf.',
  close: 'Balas dengan catatan penutup untuk tiket {id}; pegawai menerimanya.',
};

/** The actions a draft offers in its current status. */
export function availableActions(draft: TicketDraft): ActionKind[] {
  switch (draft.status) {
    case 'ready': return ['claim', 'escalate', 'ask', 'close'];
    case 'claimed': return ['escalate', 'ask', 'close'];
    case 'info-requested': return ['escalate', 'close'];
    case 'escalated': return ['ask', 'close'];
    default: return [];
  }
}

/** Builds the action from its kind and the typed input. */
export function actionOf(kind: ActionKind, input: string): HelpdeskAction {
  switch (kind) {
    case 'claim': return { kind };
    case 'escalate': return { kind, number: input };
    case 'ask': return { kind, question: input };
    case 'close': return { kind, note: input };
  }
}

/** The press revision: a draft's history length, so a press on an old post is a new press id. */
export function revisionOf(draft: TicketDraft): number {
  return draft.history.length;
}

/** `Tiket T1 · sedang ditangani · Rina · SD-123`. */
export function draftHeading(draft: TicketDraft): string {
  const parts = [`Tiket ${draft.id}`, STATUS_LABEL[draft.status]];
  if (draft.assignee) parts.push(`oleh ${draft.assignee}`);
  if (draft.serviceDeskNumber) parts.push(`Service Desk ${draft.serviceDeskNumber}`);
  if (draft.pendingQuestion) parts.push(`menunggu jawaban: ${draft.pendingQuestion}`);
  return parts.join(' · ');
}

/** One line of a draft list. */
export function draftListLine(draft: TicketDraft): string {
  const who = draft.identity.name ?? draft.userId;
  const nip = draft.identity.nip ? ` (NIP ${draft.identity.nip})` : '';
  return `${draft.id} · ${STATUS_LABEL[draft.status]} · ${draft.category} · ${who}${nip} · ${draft.attachments.length} capture`;
}

/** A draft list, or a line saying there is nothing. */
export function draftList(drafts: TicketDraft[], empty: string): string {
  return drafts.length > 0 ? drafts.map(draftListLine).join('\n') : empty;
}

/** What the helpdesk user who acted is told. */
export function outcomeText(outcome: ActionOutcome, kind: ActionKind): string {
  switch (outcome.status) {
    case 'done': return `${ACTION_LABEL[kind]}: tiket ${outcome.draft.id} sekarang ${STATUS_LABEL[outcome.draft.status]}. Pegawai sudah diberi tahu.`;
    case 'duplicate': return `Tiket ${outcome.draft.id}: tindakan ini sudah diproses.`;
    case 'unchanged': return unchangedText(outcome.draft, outcome.reason);
    case 'refused': return 'Maaf, hanya petugas helpdesk yang terdaftar yang boleh menangani tiket.';
    case 'not-found': return 'Tiket tidak ditemukan.';
  }
}

function unchangedText(draft: TicketDraft, reason: string | undefined): string {
  switch (reason) {
    case 'closed': return `Tiket ${draft.id} sudah ${STATUS_LABEL[draft.status]}; tidak ada yang diubah.`;
    case 'empty': return 'Isian kosong; tidak ada yang diubah.';
    case 'same': return `Tiket ${draft.id}: sudah begitu (${STATUS_LABEL[draft.status]}).`;
    default: return `Tiket ${draft.id} belum siap ditangani (${STATUS_LABEL[draft.status]}).`;
  }
}

/** Fills `{id}` in a prompt. */
export function promptFor(kind: Exclude<ActionKind, 'claim'>, draftId: string): string {
  return ACTION_PROMPT[kind].replace('{id}', draftId);
}
