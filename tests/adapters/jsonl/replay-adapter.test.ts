/**
 * The replay adapter on the real runtime and guide, over in-memory streams: every input line
 * ends with exactly one `end` line carrying its turn number, bad lines get an error line and the
 * session goes on, and a press may name a button by its label.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createReplayAdapter } from '../../../src/adapters/jsonl/index.js';
import { createRuntime } from '../../../src/dialogs/runtime.js';
import { createRouter } from '../../../src/dialogs/router/index.js';
import { createSessionStore } from '../../../src/dialogs/state/index.js';
import { silentLogger } from '../../../src/ops/logger.js';
import { realGraph } from '../../dialogs/engine/real-graph.js';

async function replay(lines: string[]): Promise<Array<Record<string, unknown>>> {
  const graph = await realGraph();
  const store = createSessionStore();
  const logger = silentLogger();
  const handleTurn = createRuntime({ graph, store, router: createRouter(graph), logger });
  const input = new PassThrough();
  const written: string[] = [];
  const adapter = createReplayAdapter({ handleTurn, graph, logger, io: { input, write: (l) => written.push(l) } });
  await adapter.start();
  input.end(`${lines.join('\n')}\n`);
  await adapter.finished;
  await store.close();
  return written.join('').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('replay adapter', () => {
  it('answers each line with its turn number and one end line; bad lines do not stop the session', async () => {
    const out = await replay(['{"text": "/start"}', 'not json', '', '{"press": "Login AMS BSSN 3.0"}']);
    const ends = out.filter((l) => l['end'] === true).map((l) => l['turn']);
    expect(ends).toEqual([0, 1, 2, 3]);
    expect(out.find((l) => l['turn'] === 1 && 'error' in l)).toMatchObject({ error: 'invalid JSON line' });
    expect(out.find((l) => l['turn'] === 2 && 'error' in l)).toMatchObject({ error: 'empty line' });
    const login = out.filter((l) => l['turn'] === 3 && typeof l['text'] === 'string');
    expect(login[0]).toMatchObject({ topic: 'login' });
  });

  it('answers every message, also one that is a name of an object member or holds such words', async () => {
    // "constructor" once matched Object.prototype in the typed-command table (no answer at all)
    // and in the slang lexicon (the router threw).
    const texts = ['constructor', '__proto__', 'toString', 'lupa pw constructornya', '12 constructor 2025'];
    const out = await replay(texts.map((text) => JSON.stringify({ text })));
    for (let turn = 0; turn < texts.length; turn += 1) {
      const said = out.filter((l) => l['turn'] === turn);
      expect(said.some((l) => typeof l['text'] === 'string' && (l['text'] as string).length > 0)).toBe(true);
      expect(said.some((l) => 'error' in l)).toBe(false);
    }
  });
});
