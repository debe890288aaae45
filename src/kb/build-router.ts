/**
 * `npm run build` step after build-graph: trains the topic router on the compiled graph's
 * examples plus the corpus (src/kb/corpus) and writes `dist/router-model.bin`, so the bot
 * loads a trained model instead of training at start-up.
 */
import { writeFile } from 'node:fs/promises';
import { loadGraph } from '../dialogs/graph-loader.js';
import { encodeRouterModel, graphSamples, trainRouterModel } from '../dialogs/router/index.js';
import { loadCorpus } from './corpus.js';
import { GRAPH_JSON, ROUTER_MODEL_FILE, displayPath } from './paths.js';

/** Trains and writes the model; returns the process exit code. */
export async function buildRouter(): Promise<number> {
  const started = performance.now();
  const graph = await loadGraph(GRAPH_JSON);
  const corpus = loadCorpus();
  const unknownTopics = [...new Set(corpus.map((s) => s.topic))].filter((t) => t !== 'unknown' && !graph.topics[t as keyof typeof graph.topics]);
  if (unknownTopics.length > 0) {
    process.stderr.write(`build-router: the corpus names topics the graph does not have: ${unknownTopics.join(', ')}\n`);
    return 1;
  }
  const model = trainRouterModel(graph, [...graphSamples(graph), ...corpus]);
  await writeFile(ROUTER_MODEL_FILE, encodeRouterModel(model));
  const total = Object.values(model.sources).reduce((a, b) => a + b, 0);
  process.stderr.write(
    `build-router: ${total} questions, ${model.labels.length} labels, ${model.features.length} features, ` +
      `${Math.round(performance.now() - started)} ms -> ${displayPath(ROUTER_MODEL_FILE)}\n`,
  );
  return 0;
}

process.exitCode = await buildRouter();
