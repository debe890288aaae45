/**
 * Replicas of the bot for the fault suite: `node dist/bots/main.js` processes (the real
 * composition root) with Telegram in webhook mode and/or Slack in HTTP mode, pointed at the strict
 * fake platform servers, logging at debug level (the most there is to leak). Every log line of
 * every process is kept for the secret scan.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { startMain, until, type MainProcess } from '../../e2e/support/main-process.js';
import { SIGNING_SECRET } from '../../e2e/support/slack-driver.js';
import { SLACK_TOKEN, type StrictSlackApi } from '../../e2e/support/strict-slack-api.js';
import { TOKEN, type StrictBotApi } from '../../e2e/support/strict-bot-api.js';
import { freePort } from '../../../src/bench/redis-server.js';
import { REPORT_DIR } from './report.js';
import { WEBHOOK_SECRET } from './secrets.js';

/** The webhook URL registered with Telegram; only its path matters locally. */
export const TELEGRAM_WEBHOOK_URL = 'https://helpdesk.example.go.id/tg/hook';

/** What a replica talks to. */
export interface ReplicaOptions {
  redisUrl?: string;
  telegram?: StrictBotApi;
  slack?: StrictSlackApi;
  /** Reuse a port (a restarted replica behind the same address). */
  port?: number;
  /** Extra environment (HELPDESK_*, ...). */
  env?: Record<string, string>;
  /** Another entry point than dist/bots/main.js (the faulty handler's). */
  command?: string[];
}

/** One running replica. */
export interface Replica {
  readonly proc: MainProcess;
  readonly port: number;
  /** Where Telegram's updates are POSTed. */
  readonly telegramUrl: string;
  /** Where Slack's events are POSTed. */
  readonly slackUrl: string;
  readonly logs: string[];
  /** SIGTERM and wait for the exit code. */
  stop(): Promise<number | null>;
}

/** Log lines of every replica started in this file (for the secret scan). */
export const allLogs: string[][] = [];

/** A port `p` whose neighbour `p + 1` is free too (Telegram's own listener when Slack holds PORT). */
export async function freePortPair(): Promise<number> {
  for (;;) {
    const port = await freePort();
    if (await canBind(port + 1)) return port;
  }
}

function canBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Starts a replica and waits until it serves (webhook registered / "is running" logged). */
export async function startReplica(options: ReplicaOptions): Promise<Replica> {
  const port = options.port ?? (options.telegram && options.slack ? await freePortPair() : await freePort());
  const env: Record<string, string> = { LOG_LEVEL: 'debug', PORT: String(port), ...options.env };
  if (options.redisUrl) env.REDIS_URL = options.redisUrl;
  if (options.telegram) {
    Object.assign(env, {
      TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: options.telegram.apiRoot,
      TELEGRAM_WEBHOOK_URL, TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET,
    });
  }
  if (options.slack) Object.assign(env, { SLACK_BOT_TOKEN: SLACK_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: options.slack.url });
  const proc = startMain(env, options.command);
  allLogs.push(proc.logs);
  await until(() => proc.logs.some((l) => l.includes('ds-helpdesk is running')) || proc.child.exitCode !== null, 'the replica to start', proc.logs, 15_000);
  if (proc.child.exitCode !== null) throw new Error(`replica exited at start (${proc.child.exitCode})\n${proc.logs.join('\n')}`);
  return {
    proc, port, logs: proc.logs,
    telegramUrl: `http://127.0.0.1:${port}${new URL(TELEGRAM_WEBHOOK_URL).pathname}`,
    slackUrl: `http://127.0.0.1:${port}/slack/events`,
    stop: () => proc.stop(),
  };
}

/** Lines at level error (50) or fatal (60). */
export const errorLines = (logs: readonly string[]): string[] => logs.filter((l) => /"level":(50|60)/.test(l));

/** Waits until a log line matches `pattern`. */
export function untilLogged(replica: Replica, pattern: RegExp, what: string, ms = 10_000): Promise<void> {
  return until(() => replica.logs.some((l) => pattern.test(l)), what, replica.logs, ms);
}

/** Keeps every replica's log lines of a test file in dist/faults/<name>.log (for a look after a run). */
export function saveLogs(name: string): void {
  mkdirSync(REPORT_DIR, { recursive: true });
  writeFileSync(`${REPORT_DIR}${name}.log`, `${allLogs.map((lines, i) => `## replica ${i + 1}\n${lines.join('\n')}`).join('\n\n')}\n`);
}
