/**
 * `npm start`: the composition root. Reads the configuration (fails fast), then starts the
 * configured channels; with none configured it runs the terminal channel. SIGINT/SIGTERM stop the
 * channels cleanly (in-flight turns finish) before the stores close.
 */
import { createSharedState } from '../adapters/shared/index.js';
import type { Adapter } from '../adapters/adapter.js';
import { createTerminalAdapter, terminalLocale } from '../adapters/terminal/index.js';
import { configuredChannels, loadConfig } from './config.js';
import { createChannels } from './channels.js';
import { createLogger } from '../ops/logger.js';
import { configSecrets, installProcessGuards } from './process-guards.js';
import { createBotService } from './service.js';

async function start(): Promise<number> {
  const config = loadConfig();
  const channels = configuredChannels(config);
  if (channels.length === 0) return runTerminal(config);
  const logger = createLogger({ level: config.LOG_LEVEL, destination: 'stdout' });
  installProcessGuards(logger, configSecrets(config));
  const service = await createBotService(config, logger);
  // Connects in the background: with Redis down the process still starts, says so, and retries.
  const shared = createSharedState(config.REDIS_URL, logger);
  const adapters: Adapter[] = createChannels(config, service, shared, logger);

  let stopping: Promise<void> | undefined;
  const stop = (signal: string) => {
    stopping ??= (async () => {
      logger.info({ signal }, 'stopping');
      await Promise.allSettled(adapters.map((a) => a.stop()));
      await Promise.allSettled([shared.close(), service.close()]);
      logger.info('stopped');
    })();
    return stopping;
  };
  // `on`, not `once`: a second signal while stopping (Ctrl-C twice, an impatient supervisor) must
  // not fall back to Node's default and kill the turns still finishing.
  process.on('SIGINT', () => void stop('SIGINT').then(() => process.exit(0)));
  process.on('SIGTERM', () => void stop('SIGTERM').then(() => process.exit(0)));

  try {
    for (const adapter of adapters) await adapter.start();
  } catch (error) {
    await stop('start-failed');
    throw error;
  }
  logger.info({ channels }, 'ds-helpdesk is running');
  return 0;
}

/**
 * No channel configured: the terminal channel on the same core (a new user's first run). Logs go
 * to stderr, quiet unless LOG_LEVEL asks, so the terminal shows the conversation only.
 */
async function runTerminal(config: ReturnType<typeof loadConfig>): Promise<number> {
  const logger = createLogger({ level: process.env['LOG_LEVEL'] ? config.LOG_LEVEL : 'warn', destination: 'stderr' });
  const service = await createBotService(config, logger);
  const locale = terminalLocale();
  const terminal = createTerminalAdapter({ handleTurn: service.handleTurn, ...(locale ? { locale } : {}) });
  try {
    await terminal.start();
    await terminal.finished;
  } finally {
    await terminal.stop();
    await service.close();
  }
  return 0;
}

start().then(
  (code) => { if (code !== 0) process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
