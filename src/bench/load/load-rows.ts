/**
 * The load benchmark's rows for `npm run bench`: one replica, then two behind one webhook, on a
 * private redis-server (the bot's own key names: never someone's Redis). BENCH_USERS (default
 * 200, at most 200) users, BENCH_ROUNDS (default 2) rounds of the 5-turn script each, and
 * BENCH_LOAD_RUNS (default 3) runs of each set-up, interleaved (1, 2, 1, 2, …), the median run
 * reported: this machine is shared, and one run can land on someone else's busy moment.
 * BENCH_LOAD=0 skips it.
 */
import { existsSync } from 'node:fs';
import { startBenchRedis } from '../redis-server.js';
import { fmtInt, fmtMs, type Row } from '../table.js';
import { benchLoad, type LoadFigures } from './load-bench.js';

const MAIN = new URL('../../bots/main.js', import.meta.url);

function rows(f: LoadFigures, label: string, floor?: LoadFigures): Row[] {
  return [
    {
      measure: `load turns/s (${label}, ${f.users} users, ${fmtInt(f.turns)} turns, Telegram webhook + Slack events)`,
      value: fmtInt(f.turnsPerSecond),
      ...(floor ? { target: `>= 1 replica (${fmtInt(floor.turnsPerSecond)})`, met: f.turnsPerSecond >= floor.turnsPerSecond } : {}),
    },
    { measure: `  p50 / p99 message → reply at the fake API, ms (${label})`, value: `${fmtMs(f.p50Ms)} / ${fmtMs(f.p99Ms)}` },
    { measure: `  memory per conversation: replica RSS growth / Redis, bytes (${label})`, value: `${fmtInt(f.replicaBytesPerConversation)} / ${fmtInt(f.redisBytesPerConversation)}` },
    { measure: `  CPU per turn: replicas / bench (load + fakes) / Redis, ms (${label})`, value: `${fmtMs(f.cpuMsPerTurn.replicas)} / ${fmtMs(f.cpuMsPerTurn.bench)} / ${fmtMs(f.cpuMsPerTurn.redis)}` },
    { measure: `  errors (${label})`, value: String(f.errors), target: '0', met: f.errors === 0 },
  ];
}

/** The run with the median turns/s; its errors are the worst of all runs (errors must be 0 in every run). */
function median(runs: LoadFigures[]): LoadFigures {
  const sorted = [...runs].sort((a, b) => a.turnsPerSecond - b.turnsPerSecond);
  return { ...sorted[Math.floor(sorted.length / 2)]!, errors: Math.max(...runs.map((r) => r.errors)) };
}

/** Runs the load benchmark; rows for the report (or why it did not run). */
export async function loadRows(note: (text: string) => void): Promise<Row[]> {
  if (process.env.BENCH_LOAD === '0') return [];
  if (!existsSync(MAIN)) return [{ measure: 'load (replicas)', value: 'not run', target: 'dist/bots/main.js missing: npm run build' }];
  const users = Math.min(200, Math.max(2, Number(process.env.BENCH_USERS ?? 200)));
  const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 2));
  const redis = await startBenchRedis({ privateOnly: true });
  if (!('url' in redis)) return [{ measure: 'load (replicas)', value: 'not run', target: redis.missing }];
  const runs = Math.max(1, Number(process.env.BENCH_LOAD_RUNS ?? 3));
  try {
    const results: Record<1 | 2, LoadFigures[]> = { 1: [], 2: [] };
    for (let run = 1; run <= runs; run += 1) {
      for (const replicas of [1, 2] as const) {
        note(`load: ${users} users × ${rounds * 5} turns, ${replicas === 1 ? '1 replica' : '2 replicas behind one webhook'} (run ${run} of ${runs})`);
        results[replicas].push(await benchLoad({ redisUrl: redis.url, users, rounds, replicas }));
      }
    }
    const [one, two] = [median(results[1]), median(results[2])];
    const label = (n: number) => `${n === 1 ? '1 replica' : '2 replicas'}${runs > 1 ? `, median of ${runs}` : ''}`;
    return [...rows(one, label(1)), ...rows(two, label(2), one)];
  } finally {
    await redis.stop();
  }
}
