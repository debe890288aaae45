/**
 * The stores with an observer attached (metrics): each session store call timed, and each ticket
 * draft's entry into a new status told. Decorators, so the stores themselves stay unaware; every
 * member is delegated by name, so a member added to an interface fails to compile here instead
 * of silently going unobserved.
 */
import { type StoreObserver, type StoreOp, type TicketObserver, tell } from '../observer.js';
import type { SessionStore } from './session-store.js';
import type { TicketStore } from './ticket-store.js';
import type { TicketDraft } from '../tickets/draft.js';

/** `store` with every call timed for `observer`. */
export function observeSessionStore(store: SessionStore, observer: StoreObserver): SessionStore {
  const report = (op: StoreOp, started: number, ok: boolean) => tell(() => observer.storeCall(op, (performance.now() - started) / 1000, ok));
  async function timed<T>(op: StoreOp, call: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      const value = await call();
      report(op, started, true);
      return value;
    } catch (error) {
      report(op, started, false);
      throw error;
    }
  }
  return {
    kind: store.kind,
    load: (key) => timed('load', () => store.load(key)),
    save: (key, state) => timed('save', () => store.save(key, state)),
    delete: (key) => timed('delete', () => store.delete(key)),
    ping: () => timed('ping', () => store.ping()),
    async withLock(key, work) {
      // The lock's time is the wait until `work` may start, not the work itself.
      const started = performance.now();
      let held = false;
      try {
        return await store.withLock(key, () => {
          held = true;
          report('lock', started, true);
          return work();
        });
      } catch (error) {
        if (!held) report('lock', started, false);
        throw error;
      }
    },
    async turn(key, work) {
      // The store's share of a turn: its whole time less the time the engine spent in `work`.
      const started = performance.now();
      let inWork = 0;
      let ok = false;
      try {
        const result = await store.turn(key, async (loaded) => {
          const t = performance.now();
          try {
            return await work(loaded);
          } finally {
            inWork += performance.now() - t;
          }
        });
        ok = true;
        return result;
      } finally {
        tell(() => observer.storeCall('turn', (performance.now() - started - inWork) / 1000, ok));
      }
    },
    warmUp: () => store.warmUp(),
    close: () => store.close(),
  };
}

/** `store` telling `observer` whenever a draft is saved with a status it did not have. */
export function observeTicketStore(store: TicketStore, observer: TicketObserver): TicketStore {
  const entered = (status: TicketDraft['status']) => tell(() => observer.ticketStatus(status));
  return {
    kind: store.kind,
    get: (id) => store.get(id),
    async save(draft) {
      const before = await store.get(draft.id);
      await store.save(draft);
      if (before?.status !== draft.status) entered(draft.status);
    },
    async update(id, change) {
      let changed: TicketDraft['status'] | undefined;
      const result = await store.update(id, (stored) => {
        const outcome = change(stored);
        changed = outcome.draft && outcome.draft.status !== stored?.status ? outcome.draft.status : undefined;
        return outcome;
      });
      // Told only once the change is stored.
      if (changed) entered(changed);
      return result;
    },
    listOpen: () => store.listOpen(),
    listByUser: (userId) => store.listByUser(userId),
    findByNip: (nip) => store.findByNip(nip),
    pendingFor: (userId) => store.pendingFor(userId),
    setPending: (userId, draftId) => store.setPending(userId, draftId),
    firstAction: (actionId) => store.firstAction(actionId),
    warmUp: () => store.warmUp(),
    close: () => store.close(),
  };
}
