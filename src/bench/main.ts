/**
 * `npm run bench`: the figures the issue asks for, next to their targets.
 * Route speed beside NLP.js (in-process and whole process), engine turns/s and p50/p99 per turn
 * (memory and Redis stores; Redis with the distributed lock, as the bot runs), the ops wiring's
 * overhead and the /metrics scrape, the load benchmark through the real adapters (one replica and two), cold start, bytes per stored
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
import { benchOpsOverhead, benchScrape } from './ops-bench.js';
import { engineRows, redisEngineRows } from './redis-engine-rows.js';
import { benchRoute } from './route-bench.js';
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

  note('route: our router and NLP.js, in-process and as whole processes');
  const route = await benchRoute(graph);
  const ratio = (a: number, b: number): string => `${(a / b).toFixed(1)}x`;
  rows.push({ measure: `route questions/s in-process (router / NLP.js, ${fmtInt(route.questions)} questions once each)`, value: `${fmtInt(route.ours.perSecond)} / ${fmtInt(route.nlpjs.perSecond)}` });
  rows.push({ measure: '  router vs NLP.js, in-process', value: ratio(route.ours.perSecond, route.nlpjs.perSecond), target: '>= 3x', met: route.ours.perSecond >= 3 * route.nlpjs.perSecond });
  rows.push({ measure: '  p50 / p99 per question, ms (router)', value: `${fmtMs(route.ours.p50Ms)} / ${fmtMs(route.ours.p99Ms)}` });
  rows.push({ measure: '  p50 / p99 per question, ms (NLP.js)', value: `${fmtMs(route.nlpjs.p50Ms)} / ${fmtMs(route.nlpjs.p99Ms)}` });
  rows.push({ measure: `route questions/s, whole process (router / NLP.js, ${route.processLines} lines)`, value: `${fmtInt(route.ours.processPerSecond)} / ${fmtInt(route.nlpjs.processPerSecond)}` });
  rows.push({ measure: '  router vs NLP.js, whole process', value: ratio(route.ours.processPerSecond, route.nlpjs.processPerSecond), target: '>= 3x', met: route.ours.processPerSecond >= 3 * route.nlpjs.processPerSecond });

  note(`engine: ${CONVERSATIONS} conversations in memory`);
  const memory = createSessionStore();
  const inMemory = await benchEngine(graph, router, memory, CONVERSATIONS);
  await memory.close();
  rows.push(...engineRows('memory', inMemory, 20_000, 1));
  rows.push({ measure: 'bytes per stored conversation (state JSON)', value: fmtInt(inMemory.bytesPerConversation), target: '<= 2,048', met: inMemory.bytesPerConversation <= 2048 });

  note('ops: engine in memory with and without metrics + insight (interleaved), /metrics scrape');
  const overhead = await benchOpsOverhead(graph, router, CONVERSATIONS);
  rows.push({ measure: 'engine turns/s (memory), plain / with metrics + insight', value: `${fmtInt(overhead.plainTurnsPerSecond)} / ${fmtInt(overhead.wiredTurnsPerSecond)}` });
  rows.push({ measure: '  p50 per turn, ms, plain / with metrics + insight', value: `${fmtMs(overhead.plainP50Ms)} / ${fmtMs(overhead.wiredP50Ms)}` });
  rows.push({ measure: '  metrics + insight per turn, µs (p50 difference)', value: overhead.extraMicrosPerTurn.toFixed(1), target: '<= 10', met: overhead.extraMicrosPerTurn <= 10 });
  const scrape = await benchScrape(overhead.metrics);
  rows.push({ measure: `/metrics scrape over HTTP, ms p50 / p99 (${fmtInt(scrape.bytes)} bytes)`, value: `${fmtMs(scrape.medianMs)} / ${fmtMs(scrape.p99Ms)}`, target: '<= 50 p99', met: scrape.p99Ms <= 50 });

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
