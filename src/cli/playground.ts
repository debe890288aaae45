/**
 * `playground [--flows DIR]`: the maintainers' playground on http://127.0.0.1:PLAYGROUND_PORT/
 * (default 3300). Prints the page's address, serves until Ctrl-C (or SIGTERM), then stops.
 */
import { DEFAULT_PLAYGROUND_PORT, startPlayground } from '../playground/index.js';
import { createLogger } from '../ops/logger.js';
import { option } from './options.js';

/** The port from `PLAYGROUND_PORT` (a contract name), or the default; throws on a bad value. */
export function playgroundPort(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env['PLAYGROUND_PORT'];
  if (raw === undefined || raw === '') return DEFAULT_PLAYGROUND_PORT;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) throw new Error(`PLAYGROUND_PORT must be a port number (0-65535), not ${JSON.stringify(raw)}`);
  return port;
}

/** Runs the playground until the process is told to stop. */
export async function runPlayground(args: readonly string[]): Promise<number> {
  const logger = createLogger({ level: process.env['LOG_LEVEL'] ?? 'warn', destination: 'stderr', name: 'playground' });
  const flowsDir = option(args, 'flows');
  const playground = await startPlayground({ port: playgroundPort(), logger, ...(flowsDir ? { flowsDir } : {}) });
  process.stdout.write(`ds-helpdesk playground: ${playground.url}\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await playground.close();
  return 0;
}
