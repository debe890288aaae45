/**
 * The terminal adapter on the real runtime and the real guide, over in-memory streams: it
 * greets with numbered buttons, a typed number presses that button, /quit ends it, and `stop()`
 * ends a conversation whose input is still open.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createTerminalAdapter } from '../../../src/adapters/terminal/index.js';
import { createRuntime } from '../../../src/dialogs/runtime.js';
import { createRouter } from '../../../src/dialogs/router/index.js';
import { createSessionStore } from '../../../src/dialogs/state/index.js';
import { silentLogger } from '../../../src/ops/logger.js';
import { realGraph } from '../../dialogs/engine/real-graph.js';

async function terminal() {
  const graph = await realGraph();
  const store = createSessionStore();
  const handleTurn = createRuntime({ graph, store, router: createRouter(graph), logger: silentLogger() });
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => { printed += chunk.toString('utf8'); });
  const adapter = createTerminalAdapter({ handleTurn, io: { input, output, terminal: false } });
  /** Waits until the output holds `text`. */
  const until = async (text: string): Promise<string> => {
    for (let i = 0; i < 200 && !printed.includes(text); i++) await new Promise((r) => setTimeout(r, 10));
    expect(printed).toContain(text);
    return printed;
  };
  return { adapter, input, until, store, printed: () => printed };
}

describe('terminal adapter', () => {
  it('greets with numbered buttons; a typed number presses that button; /quit finishes', async () => {
    const t = await terminal();
    await t.adapter.start();
    const welcome = await t.until('Halo!');
    const login = /\s(\d+)\) Login AMS/.exec(welcome);
    expect(login).not.toBeNull();
    t.input.write(`${login![1]}\n`);
    await t.until('portal-bsre.bssn.go.id');
    t.input.write('/quit\n');
    await t.adapter.finished;
    await t.adapter.stop();
    await t.store.close();
  });

  it('answers free text and finishes when the input ends', async () => {
    const t = await terminal();
    await t.adapter.start();
    await t.until('Halo!');
    t.input.end('lupa password ams\n');
    await t.adapter.finished;
    expect(t.printed()).toContain('Lupa Password');
    await t.store.close();
  });

  it('stop() ends a conversation whose input is still open', async () => {
    const t = await terminal();
    await t.adapter.start();
    await t.until('Halo!');
    await t.adapter.stop();
    await t.adapter.finished;
    await t.store.close();
  });
});
