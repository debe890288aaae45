/** `replay [--user ID] [--store URL]`: the JSON-lines channel on the conversational core. */
import { createReplayAdapter } from '../adapters/jsonl/index.js';
import { createAppContext } from '../dialogs/app-context.js';
import { createLogger } from '../ops/logger.js';
import { graphPathFromEnv, option } from './options.js';

/** Runs the replay command; resolves with the exit code. */
export async function runReplay(args: readonly string[]): Promise<number> {
  const storeUrl = option(args, 'store');
  // stdout carries the contract lines: logs go to stderr.
  const logger = createLogger({ level: process.env['LOG_LEVEL'] ?? 'warn', destination: 'stderr' });
  const graphPath = graphPathFromEnv();
  const app = await createAppContext({ logger, ...(storeUrl ? { storeUrl } : {}), ...(graphPath ? { graphPath } : {}) });
  const replay = createReplayAdapter({ handleTurn: app.handle, graph: app.graph, logger, user: option(args, 'user') ?? 'local' });
  try {
    await replay.start();
    await replay.finished;
  } finally {
    await replay.stop();
    await app.close();
  }
  return 0;
}
