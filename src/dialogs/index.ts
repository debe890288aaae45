/**
 * The public surface of the channel-neutral core: what adapters and composition roots use.
 */
export * from './graph.js';
export * from './messages.js';
export type { Effect, TurnHandler, TurnResult } from './turn.js';
export { TicketDraft, TicketStatus } from './tickets/draft.js';
export { step, type StepResult, type EngineDeps } from './engine/step.js';
export { ConversationState, JourneyEntry, freshState } from './engine/conversation-state.js';
export { createRouter, type Router, type RouteResult } from './router/router.js';
export { createSessionStore, StoreError, isStoreError, SESSION_TTL_MS, type SessionStore, type SessionStoreOptions, type Loaded } from './state/session-store.js';
export { createRuntime, type RuntimeOptions } from './runtime.js';
export { loadGraph, DEFAULT_GRAPH_PATH } from './graph-loader.js';
export { toPlainText } from './engine/render.js';
