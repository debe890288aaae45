/**
 * Ticket drafts and their history over keyv: in memory by default, Redis for a `redis://` URL
 * (errors surfaced, each call time-bounded, like the session store). Besides the drafts it keeps
 * three small indexes (open drafts, drafts per user, drafts per NIP), the employee's pending
 * helpdesk question, and the action ids already carried out (idempotency).
 *
 * Read-modify-write runs under a per-draft lock in this process; several replicas acting on the
 * same draft at the same instant are not serialised (one helpdesk process is the expected setup).
 */
import { createKeyvBackend } from './keyv-backend.js';
import { KeyedMutex } from './keyed-mutex.js';
import { bounded } from './store-errors.js';
import { TicketDraft, type TicketStatus } from '../tickets/draft.js';

/** Statuses the helpdesk still has to act on. */
export const OPEN_STATUSES: readonly TicketStatus[] = ['ready', 'claimed', 'info-requested', 'escalated'];
/** Drafts are kept this long after their last change (a year: the service desk may ask back). */
export const TICKET_TTL_MS = 365 * 24 * 60 * 60 * 1000;
const INDEX_LIMIT = 200;
const ACTION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Where ticket drafts live. */
export interface TicketStore {
  readonly kind: 'memory' | 'redis';
  get(id: string): Promise<TicketDraft | undefined>;
  /** Saves `draft` and keeps the indexes in step with its status. */
  save(draft: TicketDraft): Promise<void>;
  /** Runs `change` on the stored draft under its lock; saves what it returns (undefined = no change). */
  update<T>(id: string, change: (draft: TicketDraft | undefined) => { draft?: TicketDraft; result: T }): Promise<T>;
  listOpen(): Promise<TicketDraft[]>;
  listByUser(userId: string): Promise<TicketDraft[]>;
  findByNip(nip: string): Promise<TicketDraft[]>;
  /** The draft whose helpdesk question `userId` has yet to answer. */
  pendingFor(userId: string): Promise<string | undefined>;
  setPending(userId: string, draftId: string | undefined): Promise<void>;
  /** True the first time `actionId` is marked (a repeated button press gets false). */
  firstAction(actionId: string): Promise<boolean>;
  /** Starts connecting to Redis in the background (nothing to do in memory). */
  warmUp(): void;
  close(): Promise<void>;
}

/** Store settings. */
export interface TicketStoreOptions {
  url?: string;
  timeoutMs?: number;
  namespace?: string;
  onError?: (error: unknown) => void;
  /** Told once per outage that Redis is unreachable, and once when it is back. */
  onDown?: (error: unknown) => void;
  onUp?: () => void;
}

/** Builds the ticket store (memory without a URL). */
export function createTicketStore(options: TicketStoreOptions = {}): TicketStore {
  const timeoutMs = options.timeoutMs ?? 2000;
  const namespace = options.namespace ?? 'dsh:ticket';
  const onError = options.onError ?? (() => undefined);
  const mutex = new KeyedMutex();
  const backend = createKeyvBackend({
    ...(options.url ? { url: options.url } : {}), namespace, timeoutMs, onError,
    ...(options.onDown ? { onDown: options.onDown } : {}), ...(options.onUp ? { onUp: options.onUp } : {}),
  });
  const { keyv, client } = backend;

  /** A keyv call once connected (Redis), so callers racing at start all wait for the one connect. */
  const call = <T>(what: string, work: () => Promise<T>) =>
    bounded(what, timeoutMs, client ? async () => { await backend.connected(); return work(); } : work);
  const get = <T>(key: string) => call('ticket get', () => keyv.get<T>(key));
  const set = (key: string, value: unknown, ttl = TICKET_TTL_MS) => call('ticket set', () => keyv.set(key, value, ttl));
  const del = (key: string) => call('ticket delete', () => keyv.delete(key));

  async function loadDraft(id: string): Promise<TicketDraft | undefined> {
    const parsed = TicketDraft.safeParse(await get<unknown>(`d:${id}`));
    return parsed.success ? parsed.data : undefined;
  }

  /** Adds or removes `id` in a bounded id list (newest last), under the list's lock. */
  function index(key: string, id: string, member: boolean): Promise<void> {
    return mutex.run(`idx:${key}`, async () => {
      const ids = (await get<string[]>(key)) ?? [];
      const has = ids.includes(id);
      if (has === member) return;
      const next = member ? [...ids, id].slice(-INDEX_LIMIT) : ids.filter((x) => x !== id);
      await set(key, next);
    });
  }

  async function list(key: string): Promise<TicketDraft[]> {
    const ids = (await get<string[]>(key)) ?? [];
    const drafts = await Promise.all(ids.map(loadDraft));
    return drafts.filter((d): d is TicketDraft => d !== undefined);
  }

  async function write(draft: TicketDraft): Promise<void> {
    await set(`d:${draft.id}`, draft);
    await index('open', draft.id, OPEN_STATUSES.includes(draft.status));
    await index(`u:${draft.userId}`, draft.id, true);
    if (draft.identity.nip) await index(`nip:${draft.identity.nip}`, draft.id, true);
  }

  return {
    kind: client ? 'redis' : 'memory',
    get: loadDraft,
    save: (draft) => mutex.run(`d:${draft.id}`, () => write(draft)),
    update: (id, change) => mutex.run(`d:${id}`, async () => {
      const { draft, result } = change(await loadDraft(id));
      if (draft) await write(draft);
      return result;
    }),
    listOpen: () => list('open'),
    listByUser: (userId) => list(`u:${userId}`),
    findByNip: (nip) => list(`nip:${nip.replace(/\D/g, '')}`),
    pendingFor: (userId) => get<string>(`p:${userId}`),
    setPending: async (userId, draftId) => {
      if (draftId === undefined) await del(`p:${userId}`);
      else await set(`p:${userId}`, draftId, 30 * 24 * 60 * 60 * 1000);
    },
    firstAction: (actionId) => mutex.run(`a:${actionId}`, async () => {
      const redis = client;
      if (redis) {
        // SET NX is atomic: exactly one replica carries out a pressed button.
        return bounded('ticket action', timeoutMs, async () => {
          await backend.connected();
          return (await redis.set(`${namespace}:a:${actionId}`, '1', { NX: true, PX: ACTION_TTL_MS })) === 'OK';
        });
      }
      if (await get<number>(`a:${actionId}`)) return false;
      await set(`a:${actionId}`, 1, ACTION_TTL_MS);
      return true;
    }),
    warmUp: backend.warmUp,
    close: backend.close,
  };
}
