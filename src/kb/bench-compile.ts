/**
 * Benchmarks of the flow compiler, called by `npm run bench`:
 * compiling the whole guide (target under 1 s) and loading + zod-parsing `dist/graph.json` at
 * start-up (target under 50 ms). Timings are reported, never asserted in tests.
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { parseGraph } from '../dialogs/graph.js';
import { compileFlowFiles } from './compile.js';
import { GRAPH_JSON, shippedFlowFiles } from './paths.js';

/** One measured figure: milliseconds of the first run and the median of the repeats. */
export type Timing = { name: string; firstMs: number; medianMs: number; runs: number; targetMs: number };

async function time(name: string, targetMs: number, runs: number, task: () => Promise<unknown>): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return { name, firstMs: round(samples[0]!), medianMs: round(sorted[Math.floor(sorted.length / 2)]!), runs, targetMs };
}

/**
 * Measures the compile of `src/kb/flows/*.flow` and the start-up load of `dist/graph.json`
 * (which must exist: `npm run build` writes it). Throws when the guide does not compile.
 */
export async function benchCompile(runs = 10): Promise<Timing[]> {
  const files = shippedFlowFiles();
  const compile = await time('compile the whole guide (src/kb/flows)', 1000, runs, async () => {
    const result = await compileFlowFiles(files);
    if (!result.graph) throw new Error('the guide does not compile: run `kb check`');
  });
  const load = await time('load + zod-parse dist/graph.json', 50, runs, async () => parseGraph(JSON.parse(await readFile(GRAPH_JSON, 'utf8'))));
  return [compile, load];
}
