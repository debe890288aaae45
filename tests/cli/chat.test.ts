import { beforeAll, describe, expect, it } from 'vitest';
import { CliProcess, requireBuild } from './cli-process.js';

beforeAll(requireBuild);

/** Reads stdout until `pattern` shows up. */
async function until(cli: CliProcess, pattern: RegExp): Promise<string> {
  const seen: string[] = [];
  for (;;) {
    const line = await cli.nextLine();
    seen.push(line);
    if (pattern.test(line)) return seen.join('\n');
  }
}

describe('chat (terminal)', () => {
  it('shows numbered buttons; typing a number presses that button', async () => {
    const cli = new CliProcess(['chat'], { REDIS_URL: '' });
    const welcome = await until(cli, /Cek profil AMS/);
    expect(welcome).toContain('Halo!');
    const number = /\s+(\d+)\) Cek profil AMS/.exec(welcome)?.[1];
    expect(number).toBeDefined();
    cli.child.stdin.write(`${number}\n`);
    expect(await until(cli, /Nama/)).toContain('tanpa gelar');
    cli.child.stdin.write('bantuan\n');
    expect(await until(cli, /Cara memakai bot/)).toBeTruthy();
    expect(await cli.finish()).toBe(0);
  });
});
