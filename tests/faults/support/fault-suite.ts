/**
 * `describe` for a fault scenario file: it needs a redis-server binary to start and kill. Without
 * one the file is skipped, saying why — except under CI=true, where it must run (`.ci/run`
 * installs redis-server).
 */
import { describe } from 'vitest';
import { redisServerMissing } from './redis-process.js';

export function describeFaults(name: string, fn: () => void): void {
  const missing = redisServerMissing();
  if (missing && process.env.CI === 'true') throw new Error(missing);
  if (missing) describe.skip(`${name} (skipped: ${missing})`, fn);
  else describe(name, fn);
}
