/**
 * Runs `npm start` as an operator would: the built dist/bots/main.js in its own process, with only
 * the environment variables given (plus PATH), collecting its log lines for failure messages.
 */
import { freePort } from '../../../src/bench/redis-server.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../../dist/bots/main.js', import.meta.url));

/** A running bot process. */
export interface MainProcess {
  child: ChildProcess;
  logs: string[];
  /** SIGTERM (unless it already exited), then its exit code (SIGKILL after 5 s). */
  stop(): Promise<number | null>;
  /** Resolves with the exit code once the process has exited by itself. */
  exited: Promise<number | null>;
}

/** Spawns main.js (or `args` instead, e.g. another entry point) with exactly `env`. */
export function startMain(env: Record<string, string>, args: string[] = [MAIN]): MainProcess {
  const logs: string[] = [];
  const child = spawn(process.execPath, args, {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (d: Buffer) => logs.push(...d.toString().split('\n').filter(Boolean));
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child, logs, exited,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** Waits (polling every 20 ms) until `predicate` holds. */
export async function until(predicate: () => boolean, what: string, logs: string[] = [], ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${logs.slice(-30).join('\n')}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}


/** POSTs until the listener is up (the process may still be starting). */
export async function postWhenUp(url: string, init: RequestInit, logs: string[]): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetch(url, init);
    } catch (error) {
      if (attempt > 200) throw new Error(`${url} never came up: ${String(error)}\n${logs.join('\n')}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

export { freePort };
