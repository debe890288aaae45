/**
 * Route speed, ours beside NLP.js in the same run:
 * - in-process: questions per second and p50/p99 per question over questions seen once each
 *   (no answer cache can help), after a warm-up on other questions;
 * - whole process: `node dist/cli/main.js route` against an NLP.js process doing the same job
 *   (dist/bench/nlpjs-route.js: start, train on the graph's own examples, answer), fed the same
 *   JSON lines; questions per second of wall time, median of three runs each.
 * NLP.js is trained on the graph's own examples, keywords and titles ("trained on our own
 * examples"), which is also what it would have in a deployment without our corpus.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Graph } from '../dialogs/graph.js';
import { createRouter, graphSamples } from '../dialogs/router/index.js';
import { loadCorpus } from '../kb/corpus.js';
import { trainNlpJs } from './nlpjs-baseline.js';
import { percentile } from './stats.js';

/** The figures of {@link benchRoute}. */
export interface RouteFigures {
  ours: SpeedFigures;
  nlpjs: SpeedFigures;
  questions: number;
  processLines: number;
}

export interface SpeedFigures {
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  processPerSecond: number;
}

const CLI = fileURLToPath(new URL('../cli/main.js', import.meta.url));
const NLPJS_ROUTE = fileURLToPath(new URL('./nlpjs-route.js', import.meta.url));

/** Times `fn` once per question; returns q/s and per-question percentiles. */
async function timeEach(questions: readonly string[], fn: (q: string) => unknown): Promise<Omit<SpeedFigures, 'processPerSecond'>> {
  const samples: number[] = [];
  const started = performance.now();
  for (const q of questions) {
    const t = performance.now();
    await fn(q);
    samples.push(performance.now() - t);
  }
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: questions.length / seconds, p50Ms: percentile(samples, 50), p99Ms: percentile(samples, 99) };
}

/** Wall time of `node script args` fed `input`; resolves with seconds. */
function runProcess(script: string, args: readonly string[], input: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'ignore', 'ignore'] });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(`${script} exited ${code}`))));
    child.stdin.end(input);
  });
}

async function processSpeed(script: string, args: readonly string[], lines: readonly string[]): Promise<number> {
  const input = lines.map((text) => JSON.stringify({ text })).join('\n') + '\n';
  const runs: number[] = [];
  for (let i = 0; i < 3; i += 1) runs.push(await runProcess(script, args, input));
  return lines.length / percentile(runs, 50);
}

/** Runs the comparison; `processLines` questions go through each process. */
export async function benchRoute(graph: Graph, processLines = 487): Promise<RouteFigures> {
  const unique = [...new Set(loadCorpus().map((s) => s.text))];
  const warmUp = unique.slice(0, 300);
  const questions = unique.slice(300);
  const router = createRouter(graph);
  for (const q of warmUp) router.route(q);
  const ours = await timeEach(questions, (q) => router.route(q));
  const nlp = await trainNlpJs(graphSamples(graph));
  for (const q of warmUp) await nlp.classify(q);
  const theirs = await timeEach(questions, (q) => nlp.classify(q));
  const lines = questions.slice(0, processLines);
  return {
    questions: questions.length,
    processLines: lines.length,
    ours: { ...ours, processPerSecond: await processSpeed(CLI, ['route'], lines) },
    nlpjs: { ...theirs, processPerSecond: await processSpeed(NLPJS_ROUTE, [], lines) },
  };
}
