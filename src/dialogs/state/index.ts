/**
 * Where conversations and ticket drafts are kept between turns: keyv in memory, or Redis with
 * errors surfaced and every call time-bounded; per-conversation locks in process and in Redis.
 */
export {
  createSessionStore, SESSION_TTL_MS, type Loaded, type SessionStore, type SessionStoreOptions,
} from './session-store.js';
export { createTicketStore, OPEN_STATUSES, TICKET_TTL_MS, type TicketStore, type TicketStoreOptions } from './ticket-store.js';
export { StoreError, isStoreError, type StoreErrorCode } from './store-errors.js';
export { createKeyvBackend, type KeyvBackend, type KeyvBackendOptions } from './keyv-backend.js';
export { observeSessionStore, observeTicketStore } from './observed-stores.js';
export { bounded } from './store-errors.js';
