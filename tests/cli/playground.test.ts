/**
 * `ds-helpdesk playground`: PLAYGROUND_PORT (default 3300) is read and checked, the command
 * prints its address, serves the page, and stops cleanly on SIGTERM. Needs dist/ (npm test builds).
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../src/bench/redis-server.js';
import { playgroundPort } from '../../src/cli/playground.js';
import { PACKAGE_ROOT } from '../../src/kb/paths.js';
import { copyOfShippedFlows } from '../playground/support/playground-harness.js';

describe('playground command', () => {
  it('takes its port from PLAYGROUND_PORT, 3300 by default', () => {
    expect(playgroundPort({})).toBe(3300);
    expect(playgroundPort({ PLAYGROUND_PORT: '' })).toBe(3300);
    expect(playgroundPort({ PLAYGROUND_PORT: '4400' })).toBe(4400);
    for (const bad of ['http', '-1', '65536', '3300x', ' 80']) expect(() => playgroundPort({ PLAYGROUND_PORT: bad })).toThrow(/PLAYGROUND_PORT/);
  });

  it('prints its address on 127.0.0.1, serves the page and stops on SIGTERM', async () => {
    const port = await freePort();
    const flows = copyOfShippedFlows();
    const child = spawn(process.execPath, [join(PACKAGE_ROOT, 'dist', 'cli', 'main.js'), 'playground', '--flows', flows], {
      env: { ...process.env, PLAYGROUND_PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          if (out.includes('\n')) resolve(out.trim());
        });
        child.on('exit', (code) => reject(new Error(`exited with ${code}`)));
      });
      expect(line).toBe(`ds-helpdesk playground: http://127.0.0.1:${port}/`);
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('flow playground');
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill();
      rmSync(flows, { recursive: true, force: true });
    }
  }, 30_000);
});
