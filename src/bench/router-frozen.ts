/**
 * `npm run router:frozen`: the router's score on the frozen evaluation set
 * (tests/dialogs/router/sets/frozen.jsonl), which nobody tuning the router looks at. It prints
 * the totals only (accuracy, out-of-scope questions sent to a guide topic, guide questions sent
 * to `unknown`, neighbour confusions), never the lines, so running it cannot become tuning. The
 * score is reported once per change of the router (see docs/router.md), not tuned against.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadGraph } from '../dialogs/graph-loader.js';
import { type LabelledSample, type RouteResult, createRouter, graphSamples } from '../dialogs/router/index.js';
import { loadCorpus } from '../kb/corpus.js';
import { trainNlpJs } from './nlpjs-baseline.js';
import { scoreRoutes } from './route-score.js';

/** Where the frozen set lives, relative to this module (src/bench or dist/bench). */
export const FROZEN_SET_PATH = fileURLToPath(new URL('../../tests/dialogs/router/sets/frozen.jsonl', import.meta.url));

const graph = await loadGraph();
const router = createRouter(graph);
const lines = readFileSync(FROZEN_SET_PATH, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { text: string; topic: string });
// A few questions are also, word for word, in the training data (short everyday ones written
// by other authors too); the set is also scored without them.
const flowSamples = graphSamples(graph);
const corpus = loadCorpus();
const trained = new Set([...flowSamples, ...corpus].map((s) => s.text.trim().toLowerCase()));
const unseen = lines.filter((l) => !trained.has(l.text.trim().toLowerCase()));
const rounded = (share: number): number => Math.round(share * 10_000) / 10_000;
const totals = (set: typeof lines) => {
  const score = scoreRoutes(set.map((l) => ({ ...l, source: 'frozen', result: router.route(l.text) })));
  return { lines: set.length, outOfScope: set.filter((l) => l.topic === 'unknown').length, ...score, accuracy: rounded(score.accuracy) };
};
process.stdout.write(`${JSON.stringify({ all: totals(lines), unseenOnly: totals(unseen) })}\n`);

// NLP.js in the same run, as the issue compares: trained on the flows' own examples, and on
// those plus the corpus our router learns from. Totals only, like ours.
const nlpTotals = async (samples: readonly LabelledSample[]) => {
  const { classify } = await trainNlpJs(samples);
  const routed = [];
  for (const l of lines) {
    const topic = await classify(l.text);
    routed.push({ ...l, source: 'frozen', result: { topic: topic as RouteResult['topic'], confidence: 1, unsure: false, candidates: [] } });
  }
  const { accuracy, leaks, lost, confused } = scoreRoutes(routed);
  return { lines: lines.length, accuracy: rounded(accuracy), leaks, lost, confused };
};
const nlpjsFlowOnly = await nlpTotals(flowSamples);
const nlpjsFlowAndCorpus = await nlpTotals([...flowSamples, ...corpus]);
process.stdout.write(`${JSON.stringify({ nlpjsFlowOnly, nlpjsFlowAndCorpus })}\n`);
