/**
 * The engine through Redis for `npm run bench`, as the bot runs with REDIS_URL (the distributed
 * lock on): one chat at a time, and 16 at once. The one-at-a-time figure is the median of three
 * runs spread over the whole benchmark — one before and one after the 16-chats run, one after
 * whatever `meanwhile` measures (the load benchmark) — so that one busy moment of this shared
 * machine cannot decide it, and no run is picked for being the best. These runs keep the bench
 * and its private redis-server on one CPU (cpu-pinning.ts says why); one more run across CPUs
 * is shown for comparison.
 */
import type { Graph } from '../dialogs/graph.js';
import type { Router } from '../dialogs/router/index.js';
import { createSessionStore } from '../dialogs/state/index.js';
import { benchEngine, type EngineFigures } from './engine-bench.js';
import { pinToCpu } from './cpu-pinning.js';
import { startBenchRedis } from './redis-server.js';
import { fmtInt, fmtMs, type Row } from './table.js';

/** Rows of one engine run, with its targets. */
export function engineRows(label: string, f: EngineFigures, minTurns: number, maxP99?: number): Row[] {
  return [
    { measure: `engine turns/s (${label}, ${fmtInt(f.turns)} turns)`, value: fmtInt(f.turnsPerSecond), target: `>= ${fmtInt(minTurns)}`, met: f.turnsPerSecond >= minTurns },
    { measure: `  p50 per turn, ms (${label})`, value: fmtMs(f.p50Ms) },
    { measure: `  p99 per turn, ms (${label})`, value: fmtMs(f.p99Ms), ...(maxP99 ? { target: `<= ${maxP99}`, met: f.p99Ms <= maxP99 } : {}) },
  ];
}

/** The Redis engine rows, then the rows `meanwhile` produced (measured between the samples). */
export async function redisEngineRows(
  graph: Graph, router: Router, conversations: number, note: (text: string) => void, meanwhile: () => Promise<Row[]>,
): Promise<Row[]> {
  let pin = pinToCpu(0);
  const redis = await startBenchRedis(pin ? { cpu: pin.cpu } : {});
  if (!('url' in redis)) {
    pin?.release();
    return [{ measure: 'engine turns/s (Redis)', value: 'not run', target: redis.missing }, ...(await meanwhile())];
  }
  const where = pin ? ', one CPU' : '';
  const store = createSessionStore({ url: redis.url, namespace: `dsh:bench:${process.pid}`, distributedLock: true });
  try {
    const samples: EngineFigures[] = [];
    const sample = async (which: string) => {
      note(`engine: ${conversations} conversations via Redis, one chat at a time${where} (${which} of 3)`);
      samples.push(await benchEngine(graph, router, store, conversations));
    };
    await sample('first');
    // A bot serves many chats at once; their Redis round trips overlap.
    note(`engine: ${conversations} conversations via Redis, 16 at once${where}`);
    const sixteen = await benchEngine(graph, router, store, conversations, 16);
    await sample('second');
    pin?.release();
    if (pin) note(`engine: ${conversations} conversations via Redis, one chat at a time, across CPUs`);
    const across = pin ? await benchEngine(graph, router, store, conversations) : undefined;
    const between = await meanwhile(); // the load benchmark needs every CPU
    pin = pin ? pinToCpu(pin.cpu) : undefined;
    await sample('third');
    pin?.release();
    const median = [...samples].sort((a, b) => a.turnsPerSecond - b.turnsPerSecond)[1]!;
    return [
      ...engineRows(`Redis, 1 chat at a time${where}, median of 3 spread over the run`, median, 5_000),
      { measure: '  the three runs, turns/s', value: samples.map((s) => fmtInt(s.turnsPerSecond)).join(' / ') },
      ...(across ? [{ measure: '  one run across CPUs (bench and Redis unpinned), turns/s, p50 ms', value: `${fmtInt(across.turnsPerSecond)}, ${fmtMs(across.p50Ms)}` }] : []),
      ...engineRows(`Redis, 16 chats at once${where}`, sixteen, 5_000),
      ...between,
    ];
  } finally {
    pin?.release();
    await store.close();
    await redis.stop();
  }
}
