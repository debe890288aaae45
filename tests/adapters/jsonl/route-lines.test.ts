/**
 * The route adapter over in-memory streams: one answer line per question line even when the
 * router fails on one of them (a bug must cost that line, not the rest of the input).
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { routeLines } from '../../../src/adapters/jsonl/route-lines.js';
import { type Router, createRouter } from '../../../src/dialogs/router/index.js';
import { realGraph } from '../../dialogs/engine/real-graph.js';

async function routeAll(router: Router, texts: readonly string[]): Promise<Array<Record<string, unknown>>> {
  const input = new PassThrough();
  const written: string[] = [];
  const done = routeLines(router, { input, write: (line) => written.push(line) });
  input.end(texts.map((text) => JSON.stringify({ text })).join('\n') + '\n');
  await done;
  return written.join('').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('routeLines', () => {
  it('answers the lines after one the router fails on', async () => {
    const real = createRouter(await realGraph());
    // Our own router with one fault planted: the real answers around it show nothing else moved.
    const faulty: Router = { ...real, route: (text) => { if (text.includes('boom')) throw new TypeError('planted'); return real.route(text); } };
    const lines = await routeAll(faulty, ['lupa pw ams', 'boom', 'sertifikat saya expired']);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ text: 'lupa pw ams', topic: 'forgot-password' });
    expect(lines[1]).toMatchObject({ text: 'boom', topic: 'unknown', confidence: 0, error: expect.any(String) });
    expect(lines[2]).toMatchObject({ text: 'sertifikat saya expired', topic: 'renewal' });
  });

  it('routes words that are names of JavaScript object members like any other word', async () => {
    const texts = ['constructor', '__proto__', 'lupa pw constructornya', 'diconstructor toString valueOf hasOwnProperty'];
    const lines = await routeAll(createRouter(await realGraph()), texts);
    expect(lines.map((l) => l['text'])).toEqual(texts);
    for (const line of lines) expect(line).not.toHaveProperty('error');
  });
});
