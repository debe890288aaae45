/**
 * The helpdesk escalation queue: ready drafts go to the helpdesk boards (a Slack channel, a
 * Telegram group); helpdesk users act on them; every action reaches the employee once, in their
 * own chat. Channel-neutral: boards and notifiers are small interfaces the adapters implement.
 */
import type { Logger } from 'pino';
import type { Outbound } from '../messages.js';
import type { Effect } from '../turn.js';
import type { TicketDraft, TicketEvent } from '../tickets/draft.js';
import type { TicketStore } from '../state/ticket-store.js';
import { applyAction, applyAnswer, type HelpdeskAction, type HelpdeskActor } from './actions.js';
import { isHelpdeskUser, type HelpdeskUsers } from './auth.js';
import { employeeMessage } from './phrases.js';
import { maskDigits } from '../tickets/mask.js';

/**
 * Sends messages to an employee outside a turn. Structurally the adapters' `Notifier`
 * (src/adapters/adapter.ts); declared here so the core never imports the adapter layer.
 */
export interface EmployeeNotifier {
  readonly channel: string;
  notify(userId: string, outputs: Outbound[]): Promise<void>;
}

/** A place where helpdesk staff see drafts (implemented per channel). */
export interface HelpdeskBoard {
  readonly channel: 'telegram' | 'slack';
  /** Posts a ready draft with its captures and the action buttons. */
  post(draft: TicketDraft): Promise<void>;
  /** Tells the board what happened to a draft (an event line, fresh buttons). */
  update(draft: TicketDraft, event: TicketEvent): Promise<void>;
}

/** One action request from a board. `actionId` identifies the press (same press = same id). */
export interface ActionRequest {
  draftId: string;
  action: HelpdeskAction;
  actor: HelpdeskActor;
  actionId: string;
}

/** What became of an action request. */
export type ActionOutcome =
  | { status: 'done'; draft: TicketDraft }
  | { status: 'duplicate' | 'unchanged'; draft: TicketDraft; reason?: string }
  | { status: 'refused' }
  | { status: 'not-found' };

/** The queue's surface for adapters, the runtime and the reply interceptor. */
export interface HelpdeskQueue {
  /** The runtime's `onEffect`: saves drafts, posts ready ones to the boards (once). */
  onEffect(effect: Effect): Promise<void>;
  /** Carries out a helpdesk action (authorised users only; refusals are logged). */
  act(request: ActionRequest): Promise<ActionOutcome>;
  /** Whether `actor` may see and act on drafts; logs a refusal. */
  authorise(actor: HelpdeskActor, what: string): boolean;
  /** The draft whose question `userId` still has to answer. */
  pendingQuestion(userId: string): Promise<TicketDraft | undefined>;
  /** Appends the employee's answer to the pending question; undefined when none is pending. */
  answer(userId: string, text: string): Promise<TicketDraft | undefined>;
  get(id: string): Promise<TicketDraft | undefined>;
  listOpen(): Promise<TicketDraft[]>;
  findByNip(nip: string): Promise<TicketDraft[]>;
  /** An employee's own drafts (e.g. Slack App Home); never anyone else's. */
  listByUser(userId: string): Promise<TicketDraft[]>;
  /**
   * Adds a board or a notifier once its adapter exists (adapters take the helpdesk plugins at
   * construction, so the queue is built first and the channels are connected afterwards).
   */
  connect(parts: { board?: HelpdeskBoard; notifier?: EmployeeNotifier }): void;
}

/** What the queue is built from. */
export interface HelpdeskQueueOptions {
  store: TicketStore;
  /** Employee-side senders, one per channel (`telegram`, `slack`); more via `connect`. */
  notifiers?: EmployeeNotifier[];
  boards?: HelpdeskBoard[];
  /** Who may act (HELPDESK_TELEGRAM_USER_IDS / HELPDESK_SLACK_USER_IDS). */
  users: HelpdeskUsers;
  logger: Logger;
  now?: () => Date;
}

/** Builds the queue. */
export function createHelpdeskQueue(options: HelpdeskQueueOptions): HelpdeskQueue {
  const { store, logger, users } = options;
  const now = options.now ?? (() => new Date());
  const log = logger.child({ component: 'helpdesk-queue' });
  const boards = [...(options.boards ?? [])];
  const notifiers = [...(options.notifiers ?? [])];

  async function saveFromConversation(draft: TicketDraft): Promise<void> {
    await store.update(draft.id, (stored) => {
      // Once the helpdesk owns a draft, a late conversation save never rolls its status back.
      if (stored && stored.status !== 'collecting' && stored.status !== 'ready') return { result: undefined };
      return { draft, result: undefined };
    });
  }

  async function tellBoards(draft: TicketDraft, event: TicketEvent | undefined): Promise<void> {
    for (const board of boards) {
      try {
        await (event ? board.update(draft, event) : board.post(draft));
      } catch (error) {
        log.error({ draftId: draft.id, board: board.channel, err: errorText(error) }, 'helpdesk board post failed');
      }
    }
  }

  /** The employee hears about `event` once: called only after the change was stored. */
  async function tellEmployee(draft: TicketDraft, event: TicketEvent): Promise<void> {
    const text = employeeMessage(draft, event, draft.locale);
    const channel = draft.userId.split(':')[0];
    const notifier = notifiers.find((n) => n.channel === channel);
    if (!text) return;
    if (!notifier) {
      log.warn({ draftId: draft.id, channel }, 'no notifier for the employee channel');
      return;
    }
    try {
      await notifier.notify(draft.userId, [{ type: 'text', text, buttons: [], personal: true }]);
    } catch (error) {
      log.error({ draftId: draft.id, channel, err: errorText(error) }, 'employee notification failed');
    }
  }

  const queue: HelpdeskQueue = {
    async onEffect(effect) {
      if (effect.type !== 'ticket-saved' && effect.type !== 'ticket-ready') return;
      await saveFromConversation(effect.ticket);
      if (effect.type !== 'ticket-ready') return;
      if (!(await store.firstAction(`${effect.ticket.id}:posted`))) return;
      log.info({ draftId: effect.ticket.id, template: effect.ticket.template, attachments: effect.ticket.attachments.length }, 'ticket ready; posting to helpdesk');
      await tellBoards(effect.ticket, undefined);
    },

    authorise(actor, what) {
      if (isHelpdeskUser(users, actor)) return true;
      log.warn({ actor: `${actor.channel}:${actor.id}`, what }, 'unauthorised helpdesk attempt refused');
      return false;
    },

    async act(request) {
      const { actor, action, draftId } = request;
      if (!queue.authorise(actor, `${action.kind} ${draftId}`)) return { status: 'refused' };
      const outcome = await store.update(draftId, (draft): { draft?: TicketDraft; result: ActionOutcome | 'check-id' } => {
        if (!draft) return { result: { status: 'not-found' } };
        const transition = applyAction(draft, action, actor, now());
        if (!transition.ok) return { result: { status: 'unchanged', draft, reason: transition.reason } };
        return { result: 'check-id' };
      });
      if (outcome !== 'check-id') return outcome;
      // The press id is checked only for changes, so a refused or no-op press can be retried.
      if (!(await store.firstAction(request.actionId))) {
        const draft = await store.get(draftId);
        return draft ? { status: 'duplicate', draft } : { status: 'not-found' };
      }
      const applied = await store.update(draftId, (draft) => {
        const transition = draft ? applyAction(draft, action, actor, now()) : undefined;
        return transition?.ok ? { draft: transition.draft, result: transition } : { result: undefined };
      });
      if (!applied?.ok) {
        const draft = await store.get(draftId);
        return draft ? { status: 'unchanged', draft } : { status: 'not-found' };
      }
      const draft = applied.draft;
      log.info({ draftId, action: action.kind, actor: `${actor.channel}:${actor.id}`, status: draft.status }, 'helpdesk action');
      if (action.kind === 'ask') await store.setPending(draft.userId, draft.id);
      if (action.kind === 'close') await clearPending(draft);
      await tellEmployee(draft, applied.event);
      await tellBoards(draft, applied.event);
      return { status: 'done', draft };
    },

    async pendingQuestion(userId) {
      const id = await store.pendingFor(userId);
      const draft = id ? await store.get(id) : undefined;
      return draft?.status === 'info-requested' && draft.userId === userId ? draft : undefined;
    },

    async answer(userId, text) {
      const pending = await queue.pendingQuestion(userId);
      if (!pending) return undefined;
      const applied = await store.update(pending.id, (draft) => {
        const transition = draft ? applyAnswer(draft, text, now()) : undefined;
        return transition?.ok ? { draft: transition.draft, result: transition } : { result: undefined };
      });
      if (!applied?.ok) return undefined;
      await store.setPending(userId, undefined);
      log.info({ draftId: pending.id }, 'employee answered the helpdesk question');
      await tellBoards(applied.draft, applied.event);
      return applied.draft;
    },

    get: (id) => store.get(id),
    listOpen: () => store.listOpen(),
    findByNip: (nip) => {
      log.info({ nip: maskDigits(nip) }, 'helpdesk search by NIP');
      return store.findByNip(nip);
    },
    connect(parts) {
      if (parts.board) boards.push(parts.board);
      if (parts.notifier) notifiers.push(parts.notifier);
    },
    listByUser: async (userId) => (await store.listByUser(userId)).filter((d) => d.userId === userId),
  };

  async function clearPending(draft: TicketDraft): Promise<void> {
    if ((await store.pendingFor(draft.userId)) === draft.id) await store.setPending(draft.userId, undefined);
  }

  return queue;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
