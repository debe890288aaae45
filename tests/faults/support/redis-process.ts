/**
 * A private `redis-server` for the fault suite, on a free loopback port (never 6379), with a
 * password (so the suite can check it never reaches a log line) and an append-only file synced
 * on every write — a Redis killed with SIGKILL comes back with everything it acknowledged, as a
 * production Redis with persistence does. `kill` crashes it, `start` brings it back on the same
 * port and data directory.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../../src/bench/redis-server.js';

export const REDIS_PASSWORD = 'fault-redis-Pa55word';

/** One controllable redis-server. */
export class RedisProcess {
  private child: ChildProcess | undefined;
  private constructor(readonly port: number, private readonly dir: string) {}

  /** A stopped server with its own port and data directory (call `start`). */
  static async create(): Promise<RedisProcess> {
    return new RedisProcess(await freePort(), mkdtempSync(join(tmpdir(), 'ds-helpdesk-faults-redis-')));
  }

  /** The URL the bots are given (password included). */
  get url(): string {
    return `redis://:${REDIS_PASSWORD}@127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts (or restarts) the server and waits until it accepts connections. */
  async start(): Promise<void> {
    const child = spawn('redis-server', [
      '--port', String(this.port), '--bind', '127.0.0.1', '--requirepass', REDIS_PASSWORD,
      '--dir', this.dir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', '',
    ], { stdio: 'ignore' });
    this.child = child;
    await new Promise<void>((resolve, reject) => { child.once('error', reject); child.once('spawn', () => resolve()); });
    const deadline = Date.now() + 10_000;
    while (!(await accepting(this.port))) {
      if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
      if (Date.now() > deadline) throw new Error('redis-server did not start in time');
      await new Promise((r) => setTimeout(r, 30));
    }
  }

  /** Crashes the server (SIGKILL) and waits until it is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await gone;
  }

  /** Stops the server and removes its data. */
  async destroy(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function accepting(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.end(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/** Why the fault suite cannot run here (no redis-server on PATH), or undefined when it can. */
export function redisServerMissing(): string | undefined {
  const probe = spawnSync('redis-server', ['--version'], { stdio: 'ignore' });
  return probe.error || probe.status !== 0 ? 'the fault suite starts and kills its own redis-server, and none is on PATH' : undefined;
}
