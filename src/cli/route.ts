/** `route`: the router over JSON lines (see adapters/jsonl/route-lines.ts for the line shapes). */
// route-lines directly, not the folder's index: the replay adapter it also exports pulls in the
// whole conversational core, which `route` does not need (start-up time).
import { routeLines } from '../adapters/jsonl/route-lines.js';
import { loadGraph } from '../dialogs/graph-loader.js';
import { createRouter } from '../dialogs/router/index.js';
import { graphPathFromEnv } from './options.js';

/** Runs the route command; resolves with the exit code. */
export async function runRoute(_args: readonly string[]): Promise<number> {
  await routeLines(createRouter(await loadGraph(graphPathFromEnv())));
  return 0;
}
