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
