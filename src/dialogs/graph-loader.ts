/**
 * Loads the compiled conversation graph (`dist/graph.json`, written by `npm run build`).
 *
 * The build validates the graph it writes and leaves a stamp beside it (`graph.json.sha256`):
 * the SHA-256 of the schema module and the graph's text together. A graph whose stamp matches is
 * the very text that passed this very schema, so it is read without validating it again, and
 * without loading zod at all (a tenth of a second; `route` is a short-lived process). Any other
 * graph (edited, copied without its stamp, or from another version of the schema) is validated.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Graph } from './graph.js';

/** Where the build writes the graph, relative to this module in dist/dialogs/. */
export const DEFAULT_GRAPH_PATH = fileURLToPath(new URL('../graph.json', import.meta.url));

/** The stamp file of the graph at `path`. */
export const stampPath = (path: string): string => `${path}.sha256`;

/** Reads and validates the graph at `path`; the error says which file and what is wrong. */
export async function loadGraph(path: string = DEFAULT_GRAPH_PATH): Promise<Graph> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the conversation graph ${path} (run \`npm run build\`): ${(error as Error).message}`);
  }
  try {
    const json: unknown = JSON.parse(text);
    // Only a stamp that exists and matches counts (no stamp and no schema source match nothing).
    const stamp = storedStamp(path);
    if (stamp !== undefined && stamp === stampOf(text)) return json as Graph;
    const { parseGraph } = await import('./graph.js');
    return parseGraph(json);
  } catch (error) {
    throw new Error(`the conversation graph ${path} is invalid: ${(error as Error).message}`);
  }
}

/**
 * The stamp of a graph text under the schema this process runs (undefined when the schema's
 * source cannot be read: then nothing is trusted unvalidated).
 */
export function stampOf(text: string): string | undefined {
  const schema = schemaSource();
  return schema === undefined ? undefined : createHash('sha256').update(schema).update('\0').update(text).digest('hex');
}

function storedStamp(path: string): string | undefined {
  try {
    return readFileSync(stampPath(path), 'utf8').trim();
  } catch {
    return undefined;
  }
}

let schema: string | null | undefined;

/** The schema module's own text: compiled (dist/) or source (src/, under tsx and vitest). */
function schemaSource(): string | undefined {
  if (schema === undefined) {
    schema = null;
    for (const name of ['./graph.js', './graph.ts']) {
      try {
        schema = readFileSync(fileURLToPath(new URL(name, import.meta.url)), 'utf8');
        break;
      } catch {
        // Try the next name.
      }
    }
  }
  return schema ?? undefined;
}
