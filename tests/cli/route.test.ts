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
