/**
 * `npm start`: the composition root. Reads the configuration (fails fast), then starts the
 * configured channels; with none configured it runs the terminal channel. The operations routes
 * (`/healthz`, `/readyz`, `/metrics`) go where ops-placement.ts says. SIGINT/SIGTERM turn
 * `/readyz` to 503 at once, stop the channels cleanly (in-flight turns finish), then close the
 * stores and the ops listener.
 */
import { readFileSync } from 'node:fs';
import { createSharedState } from '../adapters/shared/index.js';
import type { Adapter } from '../adapters/adapter.js';
import { createTerminalAdapter, terminalLocale } from '../adapters/terminal/index.js';
import { createMetrics, type Metrics } from '../ops/metrics.js';
import { opsRoutes } from '../ops/ops-routes.js';
import { startOpsServer, type OpsServer } from '../ops/ops-server.js';
import { checkReadiness, type ReadinessCheck, type ReadinessReport } from '../ops/readiness.js';
import { configuredChannels, loadConfig, portGiven, type Config } from './config.js';
import { createChannels } from './channels.js';
import { createLogger } from '../ops/logger.js';
import { describePlacement, opsPlacement, type OpsPlacement } from './ops-placement.js';
import { channelCheck, storeCheck } from './readiness-checks.js';
import { configSecrets, installProcessGuards } from './process-guards.js';
import { countRepeats } from './observe.js';
import { createBotService } from './service.js';

async function start(): Promise<number> {
  const config = loadConfig();
  const channels = configuredChannels(config);
  const metrics = createMetrics();
  const placement = opsPlacement(config, portGiven());
  if (channels.length === 0) return runTerminal(config, metrics, placement);
  const logger = createLogger({ level: config.LOG_LEVEL, destination: 'stdout', onErrorLine: metrics.error });
  installProcessGuards(logger, configSecrets(config));
  const service = await createBotService(config, logger, { metrics });
  metrics.buildInfo({ version: packageVersion(), graph: service.graph.version });
  // Connects in the background: with Redis down the process still starts, says so, and retries.
  const shared = countRepeats(createSharedState(config.REDIS_URL, logger), metrics.dedupeHit);

  let adapters: Adapter[] = [];
  const ops = opsState(metrics, () => [storeCheck(service.sessions), ...adapters.map(channelCheck)]);
  adapters = createChannels(config, service, shared, logger, { placement, routes: ops.routes });
  let server: OpsServer | undefined;

  let stopping: Promise<void> | undefined;
  const stop = (signal: string) => {
    stopping ??= (async () => {
      logger.info({ signal }, 'stopping');
      ops.stopping = true;
      await Promise.allSettled(adapters.map((a) => a.stop()));
      await Promise.allSettled([shared.close(), service.close()]);
      await server?.close();
      logger.info('stopped');
    })();
    return stopping;
  };
  // `on`, not `once`: a second signal while stopping (Ctrl-C twice, an impatient supervisor) must
  // not fall back to Node's default and kill the turns still finishing.
  process.on('SIGINT', () => void stop('SIGINT').then(() => process.exit(0)));
  process.on('SIGTERM', () => void stop('SIGTERM').then(() => process.exit(0)));

  try {
    // First, so the probes answer (alive; not ready) while the channels connect.
    if (placement.on === 'own') {
      server = await startOpsServer({ port: placement.port, routes: ops.routes }).catch((error: unknown) => {
        if (placement.required) throw error;
        logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'health and metrics not served; set PORT or OPS_PORT to a free port');
        return undefined;
      });
    }
    for (const adapter of adapters) await adapter.start();
  } catch (error) {
    await stop('start-failed');
    throw error;
  }
  logger.info({ channels, ops: placement.on === 'own' && !server ? 'not served' : describePlacement(placement, config) }, 'ds-helpdesk is running');
  return 0;
}

/**
 * No channel configured: the terminal channel on the same core (a new user's first run). Logs go
 * to stderr, quiet unless LOG_LEVEL asks, so the terminal shows the conversation only. The ops
 * routes listen only when PORT or OPS_PORT is given.
 */
async function runTerminal(config: Config, metrics: Metrics, placement: OpsPlacement): Promise<number> {
  const logger = createLogger({ level: process.env['LOG_LEVEL'] ? config.LOG_LEVEL : 'warn', destination: 'stderr', onErrorLine: metrics.error });
  const service = await createBotService(config, logger, { metrics });
  metrics.buildInfo({ version: packageVersion(), graph: service.graph.version });
  const ops = opsState(metrics, () => [storeCheck(service.sessions)]);
  const locale = terminalLocale();
  const terminal = createTerminalAdapter({ handleTurn: service.handleTurn, ...(locale ? { locale } : {}) });
  let server: OpsServer | undefined;
  try {
    if (placement.on === 'own') server = await startOpsServer({ port: placement.port, routes: ops.routes });
    await terminal.start();
    await terminal.finished;
  } finally {
    ops.stopping = true;
    await terminal.stop();
    await service.close();
    await server?.close();
  }
  return 0;
}

/** The ops routes over `checks`; `stopping` makes `/readyz` answer 503 (the balancer drains). */
function opsState(metrics: Metrics, checks: () => ReadinessCheck[]) {
  const state = {
    stopping: false,
    routes: opsRoutes({
      metrics,
      readiness: (): Promise<ReadinessReport> =>
        state.stopping ? Promise.resolve({ ready: false, checks: {}, reasons: ['stopping'] }) : checkReadiness(checks()),
    }),
  };
  return state;
}

function packageVersion(): string {
  try {
    return String((JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown }).version);
  } catch {
    return 'unknown';
  }
}

start().then(
  (code) => { if (code !== 0) process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
