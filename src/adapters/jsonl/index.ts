/**
 * The JSON-lines channel of the command-line contract: `replay` (a conversation, streaming) and
 * `route` (the router, one line per question).
 */
export { createReplayAdapter, type ReplayAdapterOptions, type ReplayIo } from './replay-adapter.js';
export { routeLines, type RouteIo } from './route-lines.js';
export { ReplayLineError, parseReplayLine } from './replay-events.js';
export { fileRefOf } from './file-type.js';
