/**
 * Trains the router model from labelled questions: the graph's own examples and titles, plus
 * the project's corpus (src/kb/corpus: paraphrases, earlier evaluation sets and the
 * out-of-scope corpus). Runs at build time (`npm run build` writes dist/router-model.bin), and
 * in-process only when there is no shipped model at all.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { NeuralNetwork as NeuralNetworkClass } from '@nlpjs/neural';
import type { Graph } from '../graph.js';
import { Vocabulary, contentWords, featuresOf, stemsOf } from './features.js';
import { buildStringTable } from './string-table.js';
import { type StoredRouterModel, packWeights } from './model.js';
import { computeExactExamples, computePostings, exampleText } from './knn.js';
import { DEFAULT_ROUTER_SETTINGS, type TrainingSettings } from './settings.js';

/** One labelled question. `source` says where it comes from (flow, corpus file, ...). */
export interface LabelledSample {
  text: string;
  topic: string;
  source: string;
}

/**
 * The graph's own training text: every topic's examples and titles. Keywords are not: single
 * words such as "kirim" or "admin" labelled with a topic taught the model that the word alone
 * means the topic (cross-validation: more out-of-scope questions answered from the guide).
 */
export function graphSamples(graph: Graph): LabelledSample[] {
  const samples: LabelledSample[] = [];
  for (const topic of Object.values(graph.topics)) {
    for (const text of [...topic.examples.id, ...topic.examples.en]) samples.push({ text, topic: topic.id, source: 'flow' });
    if (topic.id !== 'unknown') for (const text of [topic.title.id, topic.title.en]) samples.push({ text, topic: topic.id, source: 'titles' });
  }
  return samples;
}

/** A short hash of the graph's training text: the shipped model is used only for a graph with the same. */
export function graphTrainingHash(graph: Graph): string {
  const text = graphSamples(graph).map((s) => `${s.topic}\t${s.text}`).sort().join('\n');
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Drops repeated questions (same text, case-insensitive); the first label wins. */
export function uniqueSamples(samples: readonly LabelledSample[]): LabelledSample[] {
  const seen = new Set<string>();
  return samples.filter((s) => {
    const key = s.text.trim().toLowerCase();
    if (key.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Trains a model on `samples`; `graph` is the graph it will serve (its hash is recorded). */
export function trainRouterModel(
  graph: Graph,
  samples: readonly LabelledSample[],
  settings: TrainingSettings = DEFAULT_ROUTER_SETTINGS.training,
): StoredRouterModel {
  // NLP.js updates its weights sample by sample (with momentum): samples grouped by source would
  // bias it toward whatever came last, so they are interleaved in a fixed pseudo-random order.
  const data = shuffled(uniqueSamples(samples));
  // Words seen once are no correction targets (a typo seen once would attract others), and are
  // corrected themselves like any unknown word, in training as at question time.
  const frequent = [...wordCounts(data)].filter(([, c]) => c >= settings.minWordCount).sort((a, b) => b[1] - a[1]);
  const targets = frequent.map(([w]) => w);
  const targetCounts = frequent.map(([, c]) => c);
  const vocabulary = new Vocabulary(targets, targetCounts, settings.features.twoEditsFrom);
  const topicWords = new Set(data.filter((s) => s.topic !== 'unknown').flatMap((s) => contentWords(s.text).map((w) => vocabulary.correct(w))));
  const anchors = anchorStems(data, vocabulary);
  const vectors = data.map((s) => featuresOf(s.text, settings.features, { vocabulary, topicWords, anchors }));
  const keep = frequentFeatures(vectors, settings.minFeatureCount);
  const corpus = data.map((s, i) => ({
    input: Object.fromEntries([...vectors[i]!].filter(([name]) => keep.has(name))),
    output: { [s.topic]: 1 },
  }));
  // Loaded here, not at import: a router that only uses a trained model never needs it.
  const { NeuralNetwork } = createRequire(import.meta.url)('@nlpjs/neural') as { NeuralNetwork: typeof NeuralNetworkClass };
  const network = new NeuralNetwork({ iterations: settings.iterations, log: false });
  network.train(corpus);
  const json = network.toJSON();
  const features = json.features ?? [];
  const labels = json.intents ?? [];
  const perceptrons = json.perceptrons ?? [];
  // Feature-major: the weights of one feature for every label side by side.
  const weights = new Float32Array(features.length * labels.length);
  perceptrons.forEach((row, l) => {
    for (let f = 0; f < features.length; f += 1) weights[f * labels.length + l] = row[f]!;
  });
  const labelIndex = new Map(labels.map((l, i) => [l, i] as const));
  const examples = data.map((s) => [exampleText(stemsOf(s.text, vocabulary)), labelIndex.get(s.topic)!] as [string, number])
    .filter(([text]) => text.length > 0);
  const exampleTexts = examples.map(([text]) => text);
  const exampleLabels = Uint32Array.from(examples, ([, label]) => label);
  const sources: Record<string, number> = {};
  for (const s of data) sources[s.source] = (sources[s.source] ?? 0) + 1;
  return {
    graphHash: graphTrainingHash(graph),
    sources,
    labels,
    features,
    featureTable: buildStringTable(features),
    ...packWeights(weights),
    biases: perceptrons.map((row) => row[features.length] ?? 0),
    alpha: network.settings.alpha,
    featureSettings: settings.features,
    vocabulary: targets,
    vocabularyCounts: targetCounts,
    topicWords: [...topicWords],
    anchors: [...anchors],
    examples: { texts: exampleTexts, labels: exampleLabels },
    postings: computePostings(exampleTexts, settings.postingsPerTerm),
    exact: computeExactExamples(exampleTexts, exampleLabels),
  };
}

/** A deterministic shuffle (the same model from the same data on every build). */
export function shuffled<T>(items: readonly T[], seed = 7): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Stems in at least five samples, nine in ten of them guide questions (not unknown, greeting or thanks). */
function anchorStems(samples: readonly LabelledSample[], vocabulary: Vocabulary): Set<string> {
  const guide = new Map<string, number>();
  const other = new Map<string, number>();
  for (const s of samples) {
    const into = ['unknown', 'greeting', 'thanks'].includes(s.topic) ? other : guide;
    for (const stem of new Set(stemsOf(s.text, vocabulary))) into.set(stem, (into.get(stem) ?? 0) + 1);
  }
  return new Set([...guide].filter(([stem, n]) => n >= 5 && n >= 9 * (other.get(stem) ?? 0)).map(([stem]) => stem));
}

/** In how many samples each content word occurs. */
function wordCounts(samples: readonly LabelledSample[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of samples) for (const w of new Set(contentWords(s.text))) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

function frequentFeatures(vectors: ReadonlyArray<ReadonlyMap<string, number>>, minCount: number): Set<string> {
  const counts = new Map<string, number>();
  for (const v of vectors) for (const name of v.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  return new Set([...counts].filter(([, c]) => c >= minCount).map(([name]) => name));
}
