/**
 * The load benchmark's rows for `npm run bench`: one replica, then two behind one webhook, on a
 * private redis-server (the bot's own key names: never someone's Redis). BENCH_USERS (default
 * 200, at most 200) users, BENCH_ROUNDS (default 2) rounds of the 5-turn script each;
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

/** Runs the load benchmark; rows for the report (or why it did not run). */
export async function loadRows(note: (text: string) => void): Promise<Row[]> {
  if (process.env.BENCH_LOAD === '0') return [];
  if (!existsSync(MAIN)) return [{ measure: 'load (replicas)', value: 'not run', target: 'dist/bots/main.js missing: npm run build' }];
  const users = Math.min(200, Math.max(2, Number(process.env.BENCH_USERS ?? 200)));
  const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 2));
  const redis = await startBenchRedis({ privateOnly: true });
  if (!('url' in redis)) return [{ measure: 'load (replicas)', value: 'not run', target: redis.missing }];
  try {
    note(`load: ${users} users × ${rounds * 5} turns, 1 replica`);
    const one = await benchLoad({ redisUrl: redis.url, users, rounds, replicas: 1 });
    note(`load: ${users} users × ${rounds * 5} turns, 2 replicas behind one webhook`);
    const two = await benchLoad({ redisUrl: redis.url, users, rounds, replicas: 2 });
    return [...rows(one, '1 replica'), ...rows(two, '2 replicas', one)];
  } finally {
    await redis.stop();
  }
}
