/**
 * The public surface of the channel-neutral core: what adapters and composition roots use.
 * Each folder has its own index.ts; this one gathers the model and the most used entry points.
 */
export * from './graph.js';
export * from './messages.js';
export type { Effect, TurnHandler, TurnResult } from './turn.js';
export { TicketDraft, TicketStatus } from './tickets/index.js';
export { step, type StepResult, type EngineDeps, ConversationState, JourneyEntry, freshState, menuButton, menuButtons, toPlainText } from './engine/index.js';
export { createRouter, type Router, type RouteResult } from './router/index.js';
export { createSessionStore, StoreError, isStoreError, SESSION_TTL_MS, type SessionStore, type SessionStoreOptions, type Loaded } from './state/index.js';
export { createRuntime, type RuntimeOptions } from './runtime.js';
export { loadGraph, DEFAULT_GRAPH_PATH } from './graph-loader.js';
export { createAppContext, type AppContext, type AppContextOptions } from './app-context.js';
export type { TurnObserver, TurnResultKind, StoreObserver, StoreOp, TicketObserver } from './observer.js';
