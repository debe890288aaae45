/**
 * The shipped router model, `dist/router-model.bin`, written by `npm run build` next to the
 * compiled graph. Read once per process; a missing or unreadable file means "none" (the router
 * then trains on the graph itself).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeRouterModel } from './model-codec.js';
import type { StoredRouterModel } from './model.js';

/** Where the build writes the model (this module is src/ or dist/ dialogs/router/, three levels below the package root). */
export const SHIPPED_MODEL_PATH = fileURLToPath(new URL('../../../dist/router-model.bin', import.meta.url));

let shipped: StoredRouterModel | null | undefined;

/** The shipped model, or undefined when there is none (not built yet, or unreadable). */
export function loadShippedModel(path: string = SHIPPED_MODEL_PATH): StoredRouterModel | undefined {
  if (path !== SHIPPED_MODEL_PATH) return readModel(path) ?? undefined;
  if (shipped === undefined) shipped = readModel(path);
  return shipped ?? undefined;
}

function readModel(path: string): StoredRouterModel | null {
  try {
    return decodeRouterModel(readFileSync(path));
  } catch {
    return null;
  }
}
