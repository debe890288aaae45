/**
 * The bot as `npm start` composes it (service, shared state, channels from src/bots), with one
 * fault injected into the turn handler: the text `boom` makes the handler throw, `boom-floating`
 * leaves a rejected promise nobody awaits (a bug in fire-and-forget code). Run by the fault suite
 * with `node --import tsx`; everything else is the real code.
 */
import { fileURLToPath } from 'node:url';
import { createSharedState } from '../../../src/adapters/shared/index.js';
import { createChannels } from '../../../src/bots/channels.js';
import { loadConfig } from '../../../src/bots/config.js';
import { configSecrets, installProcessGuards } from '../../../src/bots/process-guards.js';
import { createBotService } from '../../../src/bots/service.js';
import { createLogger } from '../../../src/ops/logger.js';

const config = loadConfig();
const logger = createLogger({ level: config.LOG_LEVEL, destination: 'stdout' });
installProcessGuards(logger, configSecrets(config));
// The built graph, as dist/bots/main.js reads it (the default path is relative to the module).
const service = await createBotService(config, logger, { graphPath: fileURLToPath(new URL('../../../dist/graph.json', import.meta.url)) });
const real = service.handleTurn;
service.handleTurn = async (key, input, meta) => {
  if (input.type === 'text' && input.text === 'boom') throw new Error('the handler exploded');
  if (input.type === 'text' && input.text === 'boom-floating') void Promise.reject(new Error('a promise nobody awaited'));
  return real(key, input, meta);
};
const shared = createSharedState(config.REDIS_URL, logger);
const adapters = createChannels(config, service, shared, logger);
process.on('SIGTERM', () => {
  void (async () => {
    await Promise.allSettled(adapters.map((a) => a.stop()));
    await Promise.allSettled([shared.close(), service.close()]);
    process.exit(0);
  })();
});
for (const adapter of adapters) await adapter.start();
logger.info('ds-helpdesk is running');
