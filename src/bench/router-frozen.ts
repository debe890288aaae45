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
import { createRouter, graphSamples } from '../dialogs/router/index.js';
import { loadCorpus } from '../kb/corpus.js';
import { scoreRoutes } from './route-score.js';

/** Where the frozen set lives, relative to this module (src/bench or dist/bench). */
export const FROZEN_SET_PATH = fileURLToPath(new URL('../../tests/dialogs/router/sets/frozen.jsonl', import.meta.url));

const graph = await loadGraph();
const router = createRouter(graph);
const lines = readFileSync(FROZEN_SET_PATH, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { text: string; topic: string });
// A few questions are also, word for word, in the training data (short everyday ones written
// by other authors too); the set is also scored without them.
const trained = new Set([...graphSamples(graph), ...loadCorpus()].map((s) => s.text.trim().toLowerCase()));
const unseen = lines.filter((l) => !trained.has(l.text.trim().toLowerCase()));
const totals = (set: typeof lines) => {
  const score = scoreRoutes(set.map((l) => ({ ...l, source: 'frozen', result: router.route(l.text) })));
  return { lines: set.length, outOfScope: set.filter((l) => l.topic === 'unknown').length, ...score, accuracy: Math.round(score.accuracy * 10_000) / 10_000 };
};
process.stdout.write(`${JSON.stringify({ all: totals(lines), unseenOnly: totals(unseen) })}\n`);
