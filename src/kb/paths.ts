/** Where things are in the package, independent of the working directory. */
import { readdirSync } from 'node:fs';
import { dirname, join, relative, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (this file is `src/kb/paths.ts` or `dist/kb/paths.js`). */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The folder of the shipped guide. */
export const FLOWS_DIR = join(PACKAGE_ROOT, 'src', 'kb', 'flows');

/** The router's corpus: labelled questions and the out-of-scope corpus (see corpus.ts). */
export const CORPUS_DIR = join(PACKAGE_ROOT, 'src', 'kb', 'corpus');

/** The router model written by `npm run build`. */
export const ROUTER_MODEL_FILE = join(PACKAGE_ROOT, 'dist', 'router-model.bin');

/** The compiled graph written by `npm run build`. */
export const GRAPH_JSON = join(PACKAGE_ROOT, 'dist', 'graph.json');

/** The shipped guide's flow files, sorted. */
export function shippedFlowFiles(): string[] {
  let names: string[] = [];
  try {
    names = readdirSync(FLOWS_DIR);
  } catch {
    return [];
  }
  return names.filter((n) => n.endsWith('.flow')).sort().map((n) => join(FLOWS_DIR, n));
}

/** A path for messages: relative to `base` when inside it, else absolute. */
export function displayPath(path: string, base: string = process.cwd()): string {
  const abs = resolve(path);
  const rel = relative(base, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}
