/**
 * What a running ticket collection keeps between turns (validated on load with the rest of the
 * conversation state, so it stays small: values, file references, skip reasons) and the shapes
 * the collection exchanges with the engine per turn.
 */
import { z } from 'zod';
import type { Graph, Locale, TopicId } from '../graph.js';
import type { Awaiting, InboundMeta, Outbound } from '../messages.js';
import type { Effect } from '../turn.js';
import type { JourneyEntry } from './journey.js';

/** Most files one draft takes (required + extras); keeps state and helpdesk posts bounded. */
export const MAX_ATTACHMENTS = 10;

/** The collection's place in the conversation state (small: values, file refs, skip reasons). */
export const CollectionState = z.object({
  v: z.literal(1),
  draftId: z.string(),
  template: z.string(),
  createdAt: z.string(),
  /** What is being asked: a field, a capture, a skip reason, an extra capture, confirmation, edit menu. */
  phase: z.enum(['field', 'capture', 'skip-reason', 'extra', 'confirm', 'edit']),
  /** The field or capture id being asked, where the phase has one. */
  at: z.string().optional(),
  values: z.record(z.string(), z.string()).default({}),
  files: z.array(z.object({
    name: z.string(), ref: z.string(), mime: z.string().optional(), permalink: z.string().optional(),
    sentAs: z.enum(['photo', 'document']).optional(), at: z.string(),
  })).max(MAX_ATTACHMENTS).default([]),
  skipped: z.record(z.string(), z.string()).default({}),
  misses: z.number().int().nonnegative().default(0),
});
export type CollectionState = z.infer<typeof CollectionState>;

/** What the collection needs from the engine for one turn. */
export interface CollectionContext {
  graph: Graph; locale: Locale; now: Date; newId: () => string; meta: InboundMeta;
  slots: Record<string, string>; journey: JourneyEntry[]; topic: TopicId;
}

/** One collection turn; `collection` is undefined once `done`. */
export interface CollectionTurn {
  collection?: CollectionState; outputs: Outbound[]; awaiting: Awaiting; effects: Effect[]; done?: 'ready' | 'cancelled';
}

/** A picture the employee sent before the collection started (used for the first captures). */
export interface PrefillFile { ref: string; name?: string | undefined; mime?: string | undefined; sentAs: 'photo' | 'document' }
