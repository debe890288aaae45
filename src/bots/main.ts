/**
 * `npm start`: the composition root. Reads the configuration (fails fast), then starts the
 * configured channels; with none configured it runs the terminal chat.
 */
import { configuredChannels, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { runChat } from '../cli/chat.js';

async function start(): Promise<number> {
  const config = loadConfig();
  const channels = configuredChannels(config);
  if (channels.length === 0) {
    return runChat(config.REDIS_URL ? ['--store', config.REDIS_URL] : []);
  }
  const logger = createLogger({ level: config.LOG_LEVEL, destination: 'stdout' });
  // Channel adapters (Telegram, Slack) are wired here by the lead: build the runtime once
  // (graph, router, store from REDIS_URL), start each adapter, stop them on SIGINT/SIGTERM.
  logger.error({ channels }, 'channel adapters are not wired yet');
  return 1;
}

start().then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
