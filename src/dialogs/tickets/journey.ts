/**
 * The path a conversation took before reaching a ticket, as the engine records it.
 * A type-only re-export of C's `JourneyEntry` (conversation-state.ts imports the collection's
 * zod schema, so a value import here would be circular; a type import is erased).
 */
export type { JourneyEntry } from '../engine/conversation-state.js';
