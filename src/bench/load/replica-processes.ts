/**
 * Bot replicas for the load benchmark: `node dist/bots/main.js` processes, each with Telegram in
 * webhook mode and Slack in HTTP mode (Slack on PORT, Telegram's own listener on PORT + 1), all
 * on one Redis, pointed at the local fakes. Their log lines are read for errors; their memory is
 * read from /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { freePort } from '../redis-server.js';
import { BENCH_SLACK_TOKEN, BENCH_TELEGRAM_TOKEN } from './fake-platforms.js';

const MAIN = fileURLToPath(new URL('../../bots/main.js', import.meta.url));
export const BENCH_WEBHOOK_SECRET = 'bench_webhook_secret';
export const BENCH_SIGNING_SECRET = 'bench-signing-secret';
/** USER_HZ of Linux /proc (100 on every common build). */
const CLOCK_TICKS = 100;

/** One running replica. */
export interface ReplicaProcess {
  readonly telegramUrl: string;
  readonly slackUrl: string;
  /** Log lines at level error or fatal so far. */
  errorLines(): string[];
  /** Resident memory now, in bytes (Linux /proc; 0 elsewhere). */
  rssBytes(): number;
  /** CPU time used so far (user + system), in ms (Linux /proc; 0 elsewhere). */
  cpuMs(): number;
  /** SIGTERM; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts one replica and waits until it serves. */
export async function startReplicaProcess(urls: { redis: string; telegram: string; slack: string }): Promise<ReplicaProcess> {
  const port = await freePortPair();
  const env = {
    PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', PORT: String(port), REDIS_URL: urls.redis,
    TELEGRAM_BOT_TOKEN: BENCH_TELEGRAM_TOKEN, TELEGRAM_API_ROOT: urls.telegram,
    TELEGRAM_WEBHOOK_URL: 'https://bench.example/tg/hook', TELEGRAM_WEBHOOK_SECRET: BENCH_WEBHOOK_SECRET,
    SLACK_BOT_TOKEN: BENCH_SLACK_TOKEN, SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET, SLACK_API_URL: urls.slack,
  };
  // BENCH_PROFILE_DIR: each replica writes a V8 CPU profile there (node --cpu-prof) when it stops.
  const profile = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE_DIR] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  // Info lines only matter for the start; warnings and errors are kept for the error count.
  const collect = (d: Buffer) => lines.push(...d.toString().split('\n').filter((l) => l && !l.includes('"level":30')));
  let running = false;
  child.stdout!.on('data', (d: Buffer) => { if (!running && d.toString().includes('ds-helpdesk is running')) running = true; collect(d); });
  child.stderr!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 15_000;
  while (!running) {
    if (child.exitCode !== null || Date.now() > deadline) {
      if (child.exitCode === null) child.kill('SIGKILL');
      throw new Error(`replica did not start\n${lines.join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    telegramUrl: `http://127.0.0.1:${port + 1}/tg/hook`,
    slackUrl: `http://127.0.0.1:${port}/slack/events`,
    errorLines: () => lines.filter((l) => /"level":(50|60)/.test(l)),
    rssBytes: () => {
      try {
        const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        return kb ? Number(kb) * 1024 : 0;
      } catch {
        return 0;
      }
    },
    cpuMs: () => {
      try {
        // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised name): utime, stime in ticks.
        const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
      } catch {
        return 0;
      }
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** A port whose neighbour is free too (Telegram's own listener sits on PORT + 1). */
async function freePortPair(): Promise<number> {
  for (;;) {
    const port = await freePort();
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port + 1, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
}
