/**
 * Redis for tests: `describeRedis` runs a suite only when the global setup has a Redis
 * (always under CI=true), and says why it skipped otherwise.
 */
import { describe, inject } from 'vitest';

/** The Redis URL of this test run ('' when none). */
export function redisUrl(): string {
  return inject('redisUrl');
}

/** `describe` for suites that need Redis; skipped with the reason when there is none. */
export function describeRedis(name: string, fn: () => void): void {
  const url = inject('redisUrl');
  if (url) describe(name, fn);
  else describe.skip(`${name} (skipped: ${inject('redisMissingReason')})`, fn);
}
