/**
 * A Redis for the benchmark and the test run: `REDIS_URL` when set, otherwise a private `redis-server` on a
 * free loopback port with no persistence (never someone's data on 6379), stopped afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A usable Redis URL and how to let it go. */
export interface BenchRedis {
  url: string;
  stop(): Promise<void>;
}

/** A free loopback port (tests use it too). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => { socket.end(); resolve(true); });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('redis-server did not start in time');
}

/**
 * Returns a Redis, or the reason there is none. `REDIS_URL` is used when set, unless
 * `privateOnly` (the load benchmark writes keys under the bot's own names: never into someone's
 * Redis). `cpu`: the private server runs on that CPU only (`taskset`, see cpu-pinning.ts).
 */
export async function startBenchRedis(options: { privateOnly?: boolean; cpu?: number } = {}): Promise<BenchRedis | { missing: string }> {
  if (process.env.REDIS_URL && !options.privateOnly) return { url: process.env.REDIS_URL, stop: async () => undefined };
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'ds-helpdesk-bench-redis-'));
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir];
  const child = options.cpu === undefined
    ? spawn('redis-server', args, { stdio: 'ignore' })
    : spawn('taskset', ['-c', String(options.cpu), 'redis-server', ...args], { stdio: 'ignore' });
  try {
    await new Promise<void>((resolve, reject) => { child.once('error', reject); child.once('spawn', () => resolve()); });
    await waitForPort(port, child);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { missing: `${options.privateOnly ? '' : 'no REDIS_URL and '}redis-server could not start (${(error as Error).message})` };
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
