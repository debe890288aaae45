/**
 * `npm run router:cv`: cross-validation of the router over all the project's labelled data
 * (the flows' examples, keywords and titles plus src/kb/corpus), the way its settings are
 * chosen. It never reads the frozen evaluation set.
 *
 * - k-fold (default 5): every sample is tested once by a model trained on the other folds;
 * - leave-one-author-out: each author's files are tested by a model trained on everything
 *   else, which is what a new employee's wording looks like to the router.
 *
 * Each held-out question's evidence is kept, so the decision settings (blend, `unknown`
 * margin, when to clarify) are searched on a grid without retraining; the grid's best by
 * leave-one-author-out (leaks count double: an out-of-scope question answered from the guide
 * is worse than a clarifying question) is printed beside the current settings.
 * Environment: ROUTER_CV_FOLDS (5), ROUTER_CV_SKIP (sources to leave out),
 * ROUTER_CV_ERRORS (a file for the leave-one-author-out misses). `--json` prints JSON.
 */
import { writeFileSync } from 'node:fs';
import { loadGraph } from '../dialogs/graph-loader.js';
import type { Graph } from '../dialogs/graph.js';
import {
  DEFAULT_ROUTER_SETTINGS, type DecisionSettings, type LabelledSample, type TrainingSettings, createRouter, decide, graphSamples, shuffled, trainRouterModel, uniqueSamples,
} from '../dialogs/router/index.js';
import type { Evidence } from '../dialogs/router/index.js';
import { loadCorpus } from '../kb/corpus.js';
import { scoreRoutes, type RouteScore, type RoutedSample } from './route-score.js';

/** A held-out question with the evidence of a model that did not see it. */
interface Judged extends LabelledSample { evidence: Evidence; labels: readonly string[]; usable: readonly boolean[] }

/**
 * One author's files are tested together: an author's folder (`chat/`: its questions and its
 * out-of-scope lines) is one author; each file of `earlier-sets/` and at the top is one too.
 */
export const authorOf = (source: string): string => {
  const folder = source.includes('/') ? source.split('/')[0]! : undefined;
  return folder === undefined || folder === 'earlier-sets' ? source : folder;
};
const isAuthor = (author: string): boolean => !['flow', 'keywords', 'titles', 'out-of-scope'].includes(author);

/** Training settings under test: the defaults, with ROUTER_CV_TRAIN (JSON) on top. */
const TRAINING: TrainingSettings = (() => {
  const patch = JSON.parse(process.env['ROUTER_CV_TRAIN'] ?? '{}') as Partial<TrainingSettings> & { features?: Partial<TrainingSettings['features']> };
  const base = DEFAULT_ROUTER_SETTINGS.training;
  return { ...base, ...patch, features: { ...base.features, ...patch.features } };
})();

function judge(graph: Graph, train: readonly LabelledSample[], test: readonly LabelledSample[]): Judged[] {
  const router = createRouter(graph, { model: trainRouterModel(graph, train, TRAINING) });
  return test.map((s) => ({ ...s, evidence: router.explain(s.text), labels: router.labels, usable: router.usable }));
}

function kFold(graph: Graph, samples: readonly LabelledSample[], folds: number): Judged[] {
  const data = shuffled(uniqueSamples(samples), 11);
  return Array.from({ length: folds }, (_, k) => judge(graph, data.filter((_, i) => i % folds !== k), data.filter((_, i) => i % folds === k))).flat();
}

function leaveAuthorOut(graph: Graph, samples: readonly LabelledSample[]): Judged[] {
  const data = uniqueSamples(samples);
  const authors = [...new Set(data.map((s) => authorOf(s.source)))].filter(isAuthor);
  return authors.flatMap((a) => judge(graph, data.filter((s) => authorOf(s.source) !== a), data.filter((s) => authorOf(s.source) === a)));
}

function routed(judged: readonly Judged[], decision: DecisionSettings): RoutedSample[] {
  return judged.map((j) => ({ text: j.text, topic: j.topic, source: j.source, result: decide(j.labels, j.usable, j.evidence, decision) }));
}

/** Accuracy with leaks counted twice. */
const objective = (s: RouteScore): number => s.accuracy - s.leaks / s.total;

/** The grid of blend × margin, each point scored on `judged`; the best by {@link objective} first. */
function gridSearch(judged: readonly Judged[]): { best: DecisionSettings; lines: string[] } {
  let best = DEFAULT_ROUTER_SETTINGS.decision;
  let bestValue = -Infinity;
  const lines: string[] = [];
  for (const classifierShare of [0.6, 0.7, 0.8, 0.9, 1]) {
    const cells: string[] = [];
    for (const unknownMargin of [-0.15, -0.1, -0.05, 0, 0.05, 0.1, 0.15, 0.2]) {
      const candidate = { ...DEFAULT_ROUTER_SETTINGS.decision, classifierShare, unknownMargin };
      const score = scoreRoutes(routed(judged, candidate));
      const value = objective(score);
      cells.push(`${unknownMargin}: ${(score.accuracy * 100).toFixed(2)}/${score.leaks}L/${score.lost}U`);
      if (value > bestValue) { bestValue = value; best = candidate; }
    }
    lines.push(`share ${classifierShare} | ${cells.join(' | ')}`);
  }
  return { best, lines };
}

/**
 * How often an answer (a guide topic) is right, by its confidence: where the router is often
 * wrong it should clarify instead (settings.ts `clarifyBelow`).
 */
function calibration(judged: readonly Judged[], decision: DecisionSettings): string[] {
  const buckets = [0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01];
  const rows: string[] = [];
  const answers = routed(judged, decision).filter((r) => !['unknown', 'greeting', 'thanks'].includes(r.result.topic));
  for (let i = 0; i + 1 < buckets.length; i += 1) {
    const inBucket = answers.filter((r) => r.result.confidence >= buckets[i]! && r.result.confidence < buckets[i + 1]!);
    if (inBucket.length === 0) continue;
    const right = inBucket.filter((r) => r.result.topic === r.topic).length;
    const among = inBucket.filter((r) => r.result.candidates.some((c) => c.topic === r.topic)).length;
    rows.push(`confidence ${buckets[i]!.toFixed(1)}–${Math.min(1, buckets[i + 1]!).toFixed(1)}: ${inBucket.length} answers, ${(100 * right / inBucket.length).toFixed(1)}% right, right topic among the candidates ${(100 * among / inBucket.length).toFixed(1)}%`);
  }
  return rows;
}

function table(report: Record<string, RouteScore>): string {
  const head = ['set', 'lines', 'accuracy', 'leaks', 'lost', 'confused', 'unsure', 'right in candidates'];
  const rows = Object.entries(report).map(([name, r]) => [
    name, String(r.total), `${(r.accuracy * 100).toFixed(2)}%`, String(r.leaks), String(r.lost), String(r.confused),
    `${(r.unsureRate * 100).toFixed(1)}%`, `${(r.rightAmongCandidates * 100).toFixed(1)}%`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  return [head, ...rows].map((row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

async function main(): Promise<void> {
  const graph = await loadGraph();
  const skip = new Set((process.env['ROUTER_CV_SKIP'] ?? '').split(',').filter(Boolean));
  const samples = [...graphSamples(graph), ...loadCorpus()].filter((s) => !skip.has(s.source));
  const folds = Number(process.env['ROUTER_CV_FOLDS'] ?? 5);
  // ROUTER_CV_FOLDS=0 skips the k-fold half (a quicker run while comparing settings).
  const kfold = folds > 0 ? kFold(graph, samples, folds) : [];
  const authors = leaveAuthorOut(graph, samples);
  const current = DEFAULT_ROUTER_SETTINGS.decision;
  const grid = gridSearch(authors);
  const searched = grid.best;
  const report = (decision: DecisionSettings): Record<string, RouteScore> => {
    const byAuthor = routed(authors, decision);
    const out: Record<string, RouteScore> = { ...(folds > 0 ? { [`${folds}-fold`]: scoreRoutes(routed(kfold, decision)) } : {}), 'leave-one-author-out': scoreRoutes(byAuthor) };
    for (const source of [...new Set(byAuthor.map((r) => r.source))].sort()) out[`  ${source}`] = scoreRoutes(byAuthor.filter((r) => r.source === source));
    return out;
  };
  const errors = process.env['ROUTER_CV_ERRORS'];
  if (errors) {
    writeFileSync(errors, routed(authors, current).filter((r) => r.result.topic !== r.topic)
      .map((r) => `${r.source}\t${r.topic} -> ${r.result.topic} ${r.result.confidence} ${r.result.candidates.map((c) => `${c.topic}:${c.score}`).join(',')}\t${r.text}`)
      .sort().join('\n'));
  }
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ current: { decision: current, report: report(current) }, searched: { decision: searched, report: report(searched) } }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`training ${JSON.stringify(TRAINING)}\n`);
  process.stdout.write(`current settings ${JSON.stringify(current)}\n${table(report(current))}\n\n`);
  process.stdout.write(`calibration (leave-one-author-out, current settings)\n${calibration(authors, current).join('\n')}\n\n`);
  process.stdout.write(`grid (leave-one-author-out: accuracy/leaks/lost by classifier share and unknown margin)\n${grid.lines.join('\n')}\n\n`);
  process.stdout.write(`grid's best by leave-one-author-out ${JSON.stringify(searched)}\n${table(report(searched))}\n`);
}

await main();
