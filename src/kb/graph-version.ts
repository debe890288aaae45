/** The content hash of a compiled graph. */
import { createHash } from 'node:crypto';
import type { GraphContent } from './compile-graph.js';

/** JSON with object keys sorted at every level, so equal content gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

/**
 * A short sha256 of the graph content. Step `source` positions are left out: moving a step in
 * its file must not make every open conversation's buttons stale.
 */
export function graphVersion(content: GraphContent): string {
  const steps = Object.fromEntries(Object.entries(content.steps).map(([id, s]) => [id, { ...s, source: undefined }]));
  return createHash('sha256').update(canonicalJson({ ...content, steps })).digest('hex').slice(0, 12);
}
