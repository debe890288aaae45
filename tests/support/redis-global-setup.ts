/**
 * Gives the test run a Redis: `REDIS_URL` when set, otherwise a private `redis-server` on a free
 * loopback port (never someone's data on 6379), stopped afterwards — the same starter the
 * benchmark uses (src/bench/redis-server.ts). Tests read the URL from `inject('redisUrl')`; it is
 * empty when neither exists (then Redis tests skip, saying why, except with CI=true where they
 * must run).
 */
import type { TestProject } from 'vitest/node';
import { startBenchRedis, type BenchRedis } from '../../src/bench/redis-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
    redisMissingReason: string;
  }
}

let redis: BenchRedis | undefined;

export async function setup(project: TestProject): Promise<void> {
  const started = await startBenchRedis();
  if ('missing' in started) {
    const reason = `${started.missing}; install redis-server or set REDIS_URL`;
    if (process.env.CI === 'true') throw new Error(reason);
    project.provide('redisUrl', '');
    project.provide('redisMissingReason', reason);
    return;
  }
  redis = started;
  project.provide('redisUrl', started.url);
  project.provide('redisMissingReason', '');
}

export async function teardown(): Promise<void> {
  await redis?.stop();
}
