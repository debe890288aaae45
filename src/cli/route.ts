/** `route`: the router over JSON lines (see adapters/jsonl/route-lines.ts for the line shapes). */
import { routeLines } from '../adapters/jsonl/index.js';
import { loadGraph } from '../dialogs/graph-loader.js';
import { createRouter } from '../dialogs/router/index.js';
import { graphPathFromEnv } from './options.js';

/** Runs the route command; resolves with the exit code. */
export async function runRoute(_args: readonly string[]): Promise<number> {
  await routeLines(createRouter(await loadGraph(graphPathFromEnv())));
  return 0;
}
