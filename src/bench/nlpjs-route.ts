/**
 * NLP.js as a `route` process, for the whole-process comparison in `npm run bench`: reads JSON
 * lines `{"text"}` on stdin, trains NLP.js on the graph's own examples, keywords and titles (what
 * "NLP.js trained on our own examples" means in the issue), and writes `{"text", "topic"}` lines.
 */
import { createInterface } from 'node:readline';
import { loadGraph } from '../dialogs/graph-loader.js';
import { graphSamples } from '../dialogs/router/index.js';
import { trainNlpJs } from './nlpjs-baseline.js';

const graph = await loadGraph();
const nlp = await trainNlpJs(graphSamples(graph));
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  const { text } = JSON.parse(line) as { text: string };
  process.stdout.write(`${JSON.stringify({ text, topic: await nlp.classify(text) })}\n`);
}
