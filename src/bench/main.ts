/**
 * `npm run bench`: the figures the issue asks for, next to their targets.
 * Engine turns/s and p50/p99 per turn (memory and Redis stores; Redis with the distributed lock,
 * as the bot runs), route questions/s and accuracy against NLP.js on the evaluation set, the
 * load benchmark through the real adapters (one replica and two), cold start, bytes per stored
 * conversation, guide compile time and graph load time. Timings are reported here, never
 * asserted in tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadGraph } from '../dialogs/graph-loader.js';
import { createRouter } from '../dialogs/router/index.js';
import { createSessionStore } from '../dialogs/state/index.js';
import { benchColdStart } from './cold-start.js';
import { benchEngine } from './engine-bench.js';
import { loadRows } from './load/load-rows.js';
import { engineRows, redisEngineRows } from './redis-engine-rows.js';
import { trainNlpJs } from './nlpjs-baseline.js';
import { evaluate, loadEvalSet } from './router-eval.js';
import { throughput, throughputAsync } from './stats.js';
import { fmtInt, fmtMs, renderTable, type Row } from './table.js';

const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 2000);

/**
 * How busy the machine was (other processes included): the load average and Linux's CPU pressure
 * (PSI: the share of the last 60 s in which some task waited for a CPU). Figures taken while it
 * is high say more about the neighbours than about this code.
 */
function machineNow(): string {
  const load = existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').split(' ')[0] : 'n/a';
  const psi = existsSync('/proc/pressure/cpu') ? /avg60=([\d.]+)/.exec(readFileSync('/proc/pressure/cpu', 'utf8'))?.[1] : undefined;
  return `${load} / ${psi ?? 'n/a'}%`;
}

async function main(): Promise<void> {
  const atStart = machineNow();
  const rows: Row[] = [];
  const note = (text: string): void => void process.stderr.write(`bench: ${text}\n`);
  const graph = await loadGraph();
  const router = createRouter(graph);

  note('route: our router and NLP.js on the evaluation set');
  const set = loadEvalSet();
  const texts = set.map((l) => l.text);
  const ours = evaluate(set, (t) => router.route(t).topic);
  const routePerSecond = throughput(texts, (t) => router.route(t));
  rows.push({ measure: `route questions/s (router, ${texts.length} eval questions)`, value: fmtInt(routePerSecond), target: '>= 30,000', met: routePerSecond >= 30_000 });
  rows.push({ measure: 'route accuracy (router)', value: `${(ours.accuracy * 100).toFixed(1)}%`, target: '>= 95%', met: ours.accuracy >= 0.95 });
  rows.push({ measure: 'out-of-scope sent to a guide topic (router)', value: String(ours.outOfScopeLeaks), target: '0', met: ours.outOfScopeLeaks === 0 });
  const nlp = await trainNlpJs(graph);
  const predicted = new Map<string, string>();
  for (const t of texts) predicted.set(t, await nlp.classify(t));
  const theirs = evaluate(set, (t) => predicted.get(t)!);
  rows.push({ measure: 'route questions/s (NLP.js, same training)', value: fmtInt(await throughputAsync(texts, nlp.classify)) });
  rows.push({ measure: 'route accuracy (NLP.js)', value: `${(theirs.accuracy * 100).toFixed(1)}%` });
  rows.push({ measure: 'out-of-scope sent to a guide topic (NLP.js)', value: String(theirs.outOfScopeLeaks) });
  rows.push({ measure: 'NLP.js training time, ms', value: fmtMs(nlp.trainMs) });

  note(`engine: ${CONVERSATIONS} conversations in memory`);
  const memory = createSessionStore();
  const inMemory = await benchEngine(graph, router, memory, CONVERSATIONS);
  await memory.close();
  rows.push(...engineRows('memory', inMemory, 20_000, 1));
  rows.push({ measure: 'bytes per stored conversation (state JSON)', value: fmtInt(inMemory.bytesPerConversation), target: '<= 2,048', met: inMemory.bytesPerConversation <= 2048 });

  rows.push(...(await redisEngineRows(graph, router, CONVERSATIONS, note, () => loadRows(note))));

  if (existsSync(new URL('../cli/main.js', import.meta.url))) {
    note('cold start: node dist/cli/main.js replay');
    const cold = await benchColdStart();
    rows.push({ measure: 'cold start to first answer, ms (median of 5)', value: fmtMs(cold.medianMs), target: '<= 1,000', met: cold.medianMs <= 1000 });
  }

  try {
    const { benchCompile } = await import('../kb/bench-compile.js');
    note('compile: the guide and the graph load');
    for (const t of await benchCompile(5)) {
      rows.push({ measure: `${t.name}, ms (median of ${t.runs})`, value: fmtMs(t.medianMs), target: `<= ${fmtInt(t.targetMs)}`, met: t.medianMs <= t.targetMs });
    }
  } catch (error) {
    rows.push({ measure: 'compile time', value: 'not run', target: (error as Error).message });
  }

  rows.push({ measure: 'machine at start / end: load average (1 min) / CPU pressure (PSI some, avg60)', value: `${atStart} · ${machineNow()}` });
  console.log(renderTable(rows));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
