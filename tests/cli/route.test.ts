import { beforeAll, describe, expect, it } from 'vitest';
import { CliProcess, requireBuild } from './cli-process.js';

beforeAll(requireBuild);

describe('route (JSON lines)', () => {
  it('answers one line per input, in order, with nothing else on stdout', async () => {
    const cli = new CliProcess(['route']);
    const questions = ['bagaimana cara login ke portal AMS?', 'jadwal rapat besok jam berapa', 'lupa pw ams'];
    for (const text of questions) cli.child.stdin.write(`${JSON.stringify({ text })}\n`);
    cli.child.stdin.write('not json\n');
    const lines = [];
    for (let i = 0; i < 4; i += 1) lines.push(JSON.parse(await cli.nextLine()) as Record<string, unknown>);
    expect(await cli.finish()).toBe(0);
    expect(lines.slice(0, 3).map((l) => l['text'])).toEqual(questions);
    expect(lines[0]).toMatchObject({ topic: 'login' });
    expect(lines[1]).toMatchObject({ topic: 'unknown' });
    expect(lines[2]).toMatchObject({ topic: 'forgot-password' });
    for (const l of lines.slice(0, 3)) expect(Object.keys(l)).toEqual(['text', 'topic', 'confidence']);
    expect(lines[3]).toMatchObject({ topic: 'unknown', confidence: 0, error: expect.any(String) });
  });
});

describe('route never echoes a secret', () => {
  it('writes the redacted text and routes the words around the secret', async () => {
    const cli = new CliProcess(['route']);
    const inputs = ['pin saya 482916 kok salah terus', 'password: Rahasia123!', 'kode otp 123456'];
    for (const text of inputs) cli.child.stdin.write(`${JSON.stringify({ text })}\n`);
    cli.child.stdin.write('{"text": pin 482916 broken json\n');
    const raw: string[] = [];
    for (let i = 0; i < 4; i += 1) raw.push(await cli.nextLine());
    expect(await cli.finish()).toBe(0);
    for (const secret of ['482916', 'Rahasia123', '123456']) expect(raw.filter((l) => l.includes(secret))).toEqual([]);
    const lines = raw.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]!['text']).toBe('pin saya [disembunyikan] kok salah terus');
    // Same topic as without the PIN: the placeholder itself does not make a question out of scope.
    expect(lines[0]!['topic']).not.toBe('unknown');
    expect(lines[3]).toMatchObject({ topic: 'unknown', error: expect.any(String) });
  });
});

describe('route into a reader that stops early', () => {
  it('ends quietly with exit code 0 when its stdout is closed (`route | head -1`)', async () => {
    const { spawn } = await import('node:child_process');
    const { CLI, ROOT } = await import('./cli-process.js');
    const child = spawn(process.execPath, [CLI, 'route'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const first = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    const line = `${JSON.stringify({ text: 'lupa pw ams' })}\n`;
    child.stdin.write(line);
    await first;
    child.stdout.destroy();
    // Keep feeding it: every answer now goes to a closed pipe.
    for (let i = 0; i < 200; i += 1) child.stdin.write(line);
    child.stdin.end();
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });
});
