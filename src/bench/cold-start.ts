/**
 * Cold start: a fresh `node dist/cli/main.js replay` process, from spawn to its first output
 * line for a first message (what a user waits for after a deploy or a crash).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { percentile } from './stats.js';

const CLI = fileURLToPath(new URL('../cli/main.js', import.meta.url));

function once(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // In memory, as a fresh install starts: no Redis from the caller's environment.
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent' };
    delete env.REDIS_URL;
    const child = spawn(process.execPath, [CLI, 'replay'], { stdio: ['pipe', 'pipe', 'ignore'], env });
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error('no answer within 10 s')); }, 10_000);
    child.once('error', reject);
    child.stdout.once('data', () => {
      const ms = performance.now() - started;
      clearTimeout(timer);
      child.kill('SIGTERM');
      resolve(ms);
    });
    child.stdin.on('error', () => undefined);
    child.stdin.write('{"text": "halo"}\n');
  });
}

/** Median and worst of `runs` cold starts, in milliseconds. */
export async function benchColdStart(runs = 5): Promise<{ medianMs: number; maxMs: number }> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) samples.push(await once());
  return { medianMs: percentile(samples, 50), maxMs: Math.max(...samples) };
}
