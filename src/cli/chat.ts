/**
 * `chat [--user ID] [--store URL]`: the terminal channel on the conversational core. Logs go to
 * stderr (level `LOG_LEVEL`, default warn) so the terminal shows the conversation only.
 */
import { createTerminalAdapter, terminalLocale } from '../adapters/terminal/index.js';
import { createAppContext } from '../dialogs/app-context.js';
import { createLogger } from '../ops/logger.js';
import { graphPathFromEnv, option } from './options.js';

/** Runs the chat command; resolves with the exit code when the input ends. */
export async function runChat(args: readonly string[]): Promise<number> {
  const storeUrl = option(args, 'store') ?? process.env['REDIS_URL'];
  const logger = createLogger({ level: process.env['LOG_LEVEL'] ?? 'warn', destination: 'stderr' });
  const graphPath = graphPathFromEnv();
  const app = await createAppContext({ logger, ...(storeUrl ? { storeUrl } : {}), ...(graphPath ? { graphPath } : {}) });
  const locale = terminalLocale();
  const terminal = createTerminalAdapter({ handleTurn: app.handle, user: option(args, 'user') ?? 'local', ...(locale ? { locale } : {}) });
  try {
    await terminal.start();
    await terminal.finished;
  } finally {
    await terminal.stop();
    await app.close();
  }
  return 0;
}
