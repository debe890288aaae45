/**
 * Engine turns through the real runtime (lock, load, step, save) with a given session store:
 * many short scripted conversations of the kind users have (greeting, question, button,
 * another question, button, thanks), timing every turn.
 */
import pino from 'pino';
import type { Graph } from '../dialogs/graph.js';
import type { Inbound, InboundMeta } from '../dialogs/messages.js';
import type { Router } from '../dialogs/router/index.js';
import { createRuntime, type RuntimeOptions } from '../dialogs/runtime.js';
import type { SessionStore } from '../dialogs/state/index.js';
import type { TurnResult } from '../dialogs/turn.js';
import { percentile } from './stats.js';

/** What one engine run measured. */
export interface EngineFigures {
  turns: number;
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Mean size of one stored conversation (the state as JSON, UTF-8 bytes). */
  bytesPerConversation: number;
}

let runCount = 0;

type ScriptStep = Inbound | 'press-first';
const SCRIPT: ScriptStep[] = [
  { type: 'text', text: 'halo' },
  { type: 'text', text: 'lupa pw ams gmn ya' },
  'press-first',
  { type: 'text', text: 'tte di nadine ga selesai2' },
  'press-first',
  { type: 'text', text: 'makasih' },
];

function firstButton(result: TurnResult | undefined): Inbound {
  for (const out of result?.outputs ?? []) {
    if (out.type === 'text' && out.buttons.length > 0 && !out.buttons[0]!.url) return { type: 'button', id: out.buttons[0]!.id };
  }
  return { type: 'text', text: 'ya' };
}

/**
 * Runs `conversations` scripted conversations and times each turn. `concurrency` conversations
 * run side by side (each one turn after another, as a chat does); 1 = strictly one turn at a time.
 * `wiring` adds runtime options (the bot's observer and effect consumers).
 */
export async function benchEngine(
  graph: Graph, router: Router, store: SessionStore, conversations: number, concurrency = 1,
  wiring: Pick<RuntimeOptions, 'observer' | 'onEffect'> = {},
): Promise<EngineFigures> {
  const runtime = createRuntime({ graph, store, router, logger: pino({ level: 'silent' }), now: () => new Date('2026-01-15T03:00:00Z'), ...wiring });
  const latencies: number[] = [];
  const runId = `${process.pid}-${(runCount += 1)}`;
  const keyOf = (c: number, record: boolean): string => `bench:${runId}:${record ? 'm' : 'w'}:${c}`;
  const run = async (n: number, record: boolean): Promise<void> => {
    const workers = Array.from({ length: concurrency }, (_, w) => converse(n, record, w));
    await Promise.all(workers);
  };
  const converse = async (n: number, record: boolean, worker: number): Promise<void> => {
    for (let c = worker; c < n; c += concurrency) {
      const key = keyOf(c, record);
      const meta: InboundMeta = { userId: key, channel: 'cli', locale: 'id' };
      let last: TurnResult | undefined;
      for (const step of SCRIPT) {
        const input = step === 'press-first' ? firstButton(last) : step;
        const started = performance.now();
        last = await runtime(key, input, meta);
        if (record) latencies.push(performance.now() - started);
      }
    }
  };
  await run(Math.min(200, conversations), false); // warm-up (JIT)
  const started = performance.now();
  await run(conversations, true);
  const seconds = (performance.now() - started) / 1000;
  // Sizes are read afterwards, outside the timed loop.
  let bytes = 0;
  for (let c = 0; c < conversations; c += 1) {
    bytes += Buffer.byteLength(JSON.stringify((await store.load(keyOf(c, true))).state ?? {}), 'utf8');
  }
  // Leave nothing behind (REDIS_URL may be a shared Redis).
  for (let c = 0; c < conversations; c += 1) await store.delete(keyOf(c, true));
  for (let c = 0; c < Math.min(200, conversations); c += 1) await store.delete(keyOf(c, false));
  return {
    turns: latencies.length,
    turnsPerSecond: latencies.length / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    bytesPerConversation: bytes / conversations,
  };
}
