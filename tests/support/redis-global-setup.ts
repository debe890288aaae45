/**
 * Gives the test run a Redis: `REDIS_URL` when set, otherwise a private `redis-server` on a free
 * loopback port (never someone's data on 6379), stopped afterwards. Tests read the URL from
 * `inject('redisUrl')`; it is empty when neither exists (then Redis tests skip, saying why,
 * except with CI=true where they must run).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
    redisMissingReason: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  const { connect } = await import('node:net');
  const deadline = Date.now() + timeoutMs;
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

let child: ChildProcess | undefined;
let dir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (process.env.REDIS_URL) {
    project.provide('redisUrl', process.env.REDIS_URL);
    project.provide('redisMissingReason', '');
    return;
  }
  const port = await freePort();
  dir = mkdtempSync(join(tmpdir(), 'ds-helpdesk-redis-'));
  try {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
    await new Promise<void>((resolve, reject) => {
      child!.once('error', reject);
      child!.once('spawn', () => resolve());
    });
    await waitForPort(port, child);
    project.provide('redisUrl', `redis://127.0.0.1:${port}`);
    project.provide('redisMissingReason', '');
  } catch (error) {
    const reason = `no REDIS_URL and redis-server could not start (${(error as Error).message}); install redis-server or set REDIS_URL`;
    if (process.env.CI === 'true') throw new Error(reason);
    project.provide('redisUrl', '');
    project.provide('redisMissingReason', reason);
  }
}

export async function teardown(): Promise<void> {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => child!.once('exit', r));
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
}
