/** The router as the engine calls it: never throws on what a user typed. */
import type { RouteResult } from '../router/index.js';
import { withoutPlaceholder } from '../input/routing-text.js';
import type { Turn } from './turn.js';

/** Routes `text`; a router failure counts as `unknown` so user text can never break a turn. */
export function routeSafely(turn: Turn, text: string): RouteResult {
  try {
    return turn.deps.router.route(withoutPlaceholder(text));
  } catch {
    return { topic: 'unknown', confidence: 0, candidates: [], unsure: false };
  }
}
