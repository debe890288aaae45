/**
 * The public surface of the channel-neutral core: what adapters and composition roots use.
 */
export * from './graph.js';
export * from './messages.js';
export type { Effect, TurnHandler, TurnResult } from './turn.js';
export { TicketDraft, TicketStatus } from './ticket-draft.js';
export { step, type StepResult, type EngineDeps } from './engine.js';
export { ConversationState, JourneyEntry, freshState } from './conversation-state.js';
export { createRouter, type Router, type RouteResult } from './router.js';
export { createSessionStore, StoreError, isStoreError, SESSION_TTL_MS, type SessionStore, type SessionStoreOptions, type Loaded } from './session-store.js';
export { createRuntime, type RuntimeOptions } from './runtime.js';
export { loadGraph, DEFAULT_GRAPH_PATH } from './graph-loader.js';
export { toPlainText } from './render.js';
