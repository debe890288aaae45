/**
 * The trained router model as it is stored (`dist/router-model.bin`, written by
 * `npm run build`) and as the router uses it in memory.
 *
 * The classifier is NLP.js's neural network (@nlpjs/neural): one perceptron per label over the
 * sparse features of {@link featuresOf}, output `alpha · max(0, bias + w·x)`. Its weights are
 * kept feature-major (all labels' weights of one feature side by side) so scoring a question
 * is one short loop per active feature. The labelled examples it was trained on are kept too,
 * stemmed, for the nearest-neighbour half of the router (see knn.ts).
 */
import { type StringTable, indexOfString } from './string-table.js';
import type { FeatureSettings } from './settings.js';
import type { ExactExamples, StoredPostings } from './knn.js';

/**
 * The trained model as the build writes it (see model-codec.ts for the file) and as
 * {@link openRouterModel} takes it.
 */
export interface StoredRouterModel {
  /** Hash of the graph's own training text (examples, titles): a draft graph with other examples needs its own model. */
  graphHash: string;
  /** How many samples of each source it learnt from (for the record). */
  sources: Record<string, number>;
  labels: string[];
  features: string[];
  /** `features` by name (see string-table.ts). */
  featureTable: StringTable;
  /**
   * The weights, feature-major (`features.length × labels.length`), as 16-bit integers times
   * `weightScale`: a third of the size of 32-bit floats, the same answers.
   */
  weights: Int16Array;
  weightScale: number;
  biases: number[];
  alpha: number;
  featureSettings: FeatureSettings;
  /** Words a typo may be corrected to (seen in two samples or more), most frequent first. */
  vocabulary: string[];
  /** In how many samples each of `vocabulary` occurs. */
  vocabularyCounts: number[];
  /** Words of the guide topics' training text (for `x:foreign-owner`). */
  topicWords: string[];
  /** Stems nearly always about the guide (for `x:anchor`). */
  anchors: string[];
  /** The training examples as stem strings with their label indexes (nearest neighbours). */
  examples: StoredExamples;
  /** MiniSearch's per-term scores over `examples` (see knn.ts). */
  postings: StoredPostings;
  /** The examples' distinct texts and their labels (see knn.ts). */
  exact: ExactExamples;
}

/** Training examples: `texts[i]` (see `exampleText` in knn.ts) is labelled `labels[i]`. */
export interface StoredExamples {
  readonly texts: readonly string[];
  readonly labels: Uint32Array;
}

/** The model ready for scoring. */
export interface RouterModel {
  readonly stored: StoredRouterModel;
  readonly labels: readonly string[];
  readonly featureTable: StringTable;
  /** The stored 16-bit weights; a weight is `fround(weights[i] × weightScale)`, as a 32-bit float. */
  readonly weights: Int16Array;
  readonly weightScale: number;
  readonly biases: Float32Array;
}

/** Unpacks a stored model for scoring. */
export function openRouterModel(stored: StoredRouterModel): RouterModel {
  const { weights, weightScale } = stored;
  // The feature count from its table: the names themselves are decoded only when read.
  const features = stored.featureTable.hashes.length / 2;
  if (weights.length !== features * stored.labels.length) {
    throw new Error(`router model: ${weights.length} weights for ${features} features × ${stored.labels.length} labels`);
  }
  return { stored, labels: stored.labels, featureTable: stored.featureTable, weights, weightScale, biases: Float32Array.from(stored.biases) };
}

/** Packs weights for storage: 16-bit integers and the scale that turns them back into weights. */
export function packWeights(weights: Float32Array): { weights: Int16Array; weightScale: number } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const weightScale = max > 0 ? max / 32767 : 1;
  return { weights: Int16Array.from(weights, (w) => Math.round(w / weightScale)), weightScale };
}

/**
 * The classifier's score of every label for a feature vector: NLP.js's perceptron output
 * `alpha · max(0, bias + Σ w·x)`, computed from the stored weights (the same arithmetic as
 * `NeuralNetwork.run`, without building its lookup objects per question).
 */
export function classify(model: RouterModel, features: ReadonlyMap<string, number>): Float32Array {
  const labels = model.labels.length;
  const { weights, weightScale } = model;
  const sums = Float32Array.from(model.biases);
  for (const [name, value] of features) {
    const index = indexOfString(model.featureTable, name);
    if (index < 0) continue;
    const row = index * labels;
    // Unpacked here, not at start-up: a process that routes a few hundred questions would spend
    // more time converting 600 000 weights than using them. fround keeps the 32-bit weight.
    for (let l = 0; l < labels; l += 1) sums[l]! += value * Math.fround(weights[row + l]! * weightScale);
  }
  const { alpha } = model.stored;
  for (let l = 0; l < labels; l += 1) sums[l] = sums[l]! <= 0 ? 0 : alpha * sums[l]!;
  return sums;
}
