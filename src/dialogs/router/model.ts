/**
 * The trained router model as it is stored (`dist/router-model.json`, written by
 * `npm run build`) and as the router uses it in memory.
 *
 * The classifier is NLP.js's neural network (@nlpjs/neural): one perceptron per label over the
 * sparse features of {@link featuresOf}, output `alpha · max(0, bias + w·x)`. Its weights are
 * kept feature-major (all labels' weights of one feature side by side) so scoring a question
 * is one short loop per active feature. The labelled examples it was trained on are kept too,
 * stemmed, for the nearest-neighbour half of the router (see knn.ts).
 */
import { z } from 'zod';
import { FeatureSettingsSchema } from './settings.js';
import { StoredPostings } from './knn.js';

/**
 * The stored model (JSON). Its large arrays are checked for their type only by a quick pass
 * (zod's per-element parse of some 100 000 values would double the router's start-up time).
 */
export const StoredRouterModel = z.object({
  v: z.literal(1),
  /** Hash of the graph's own training text (examples, keywords, titles): a draft graph with other examples needs its own model. */
  graphHash: z.string(),
  /** How many samples of each source it learnt from (for the record). */
  sources: z.record(z.string(), z.number()),
  labels: z.array(z.string()).min(1),
  features: arrayOf('string'),
  /**
   * The weights, feature-major (`features.length × labels.length`), as 16-bit integers (base64,
   * little-endian) times `weightScale`: a third of the file of 32-bit floats, the same answers.
   */
  weights: z.string(),
  weightScale: z.number().positive(),
  biases: z.array(z.number()),
  alpha: z.number(),
  featureSettings: FeatureSettingsSchema,
  /** Words a typo may be corrected to (seen in two samples or more), most frequent first. */
  vocabulary: arrayOf('string'),
  /** In how many samples each of `vocabulary` occurs. */
  vocabularyCounts: arrayOf('number').default([]),
  /** Words of the guide topics' training text (for `x:foreign-owner`). */
  topicWords: arrayOf('string').default([]),
  /** Stems nearly always about the guide (for `x:anchor`). */
  anchors: arrayOf('string').default([]),
  /** The training examples as stem strings with their label index (nearest neighbours). */
  examples: z.custom<Array<[string, number]>>(
    (v) => Array.isArray(v) && v.every((e) => Array.isArray(e) && typeof e[0] === 'string' && Number.isInteger(e[1])),
    'expected [stems, label] pairs',
  ),
  /** MiniSearch's per-term scores over `examples` (see knn.ts). */
  postings: StoredPostings,
});
export type StoredRouterModel = z.infer<typeof StoredRouterModel>;

/** An array whose elements all have one `typeof`, checked in one plain loop. */
function arrayOf<T extends 'string' | 'number'>(type: T) {
  return z.custom<Array<T extends 'string' ? string : number>>(
    (v) => Array.isArray(v) && v.every((e) => typeof e === type), `expected an array of ${type}s`);
}

/** The model ready for scoring. */
export interface RouterModel {
  readonly stored: StoredRouterModel;
  readonly labels: readonly string[];
  readonly featureIndex: ReadonlyMap<string, number>;
  readonly weights: Float32Array;
  readonly biases: Float32Array;
}

/** Unpacks a stored model (validated) for scoring. */
export function openRouterModel(raw: unknown): RouterModel {
  const stored = StoredRouterModel.parse(raw);
  const weights = unpackWeights(stored.weights, stored.weightScale);
  if (weights.length !== stored.features.length * stored.labels.length) {
    throw new Error(`router model: ${weights.length} weights for ${stored.features.length} features × ${stored.labels.length} labels`);
  }
  const featureIndex = new Map(stored.features.map((f, i) => [f, i] as const));
  return { stored, labels: stored.labels, featureIndex, weights, biases: Float32Array.from(stored.biases) };
}

/** Packs weights for storage: 16-bit integers and the scale that turns them back into weights. */
export function packWeights(weights: Float32Array): { weights: string; weightScale: number } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const weightScale = max > 0 ? max / 32767 : 1;
  const bytes = Buffer.alloc(weights.length * 2);
  weights.forEach((w, i) => bytes.writeInt16LE(Math.round(w / weightScale), i * 2));
  return { weights: bytes.toString('base64'), weightScale };
}

function unpackWeights(packed: string, scale: number): Float32Array {
  const bytes = Buffer.from(packed, 'base64');
  const weights = new Float32Array(bytes.length / 2);
  for (let i = 0; i < weights.length; i += 1) weights[i] = bytes.readInt16LE(i * 2) * scale;
  return weights;
}

/**
 * The classifier's score of every label for a feature vector: NLP.js's perceptron output
 * `alpha · max(0, bias + Σ w·x)`, computed from the stored weights (the same arithmetic as
 * `NeuralNetwork.run`, without building its lookup objects per question).
 */
export function classify(model: RouterModel, features: ReadonlyMap<string, number>): Float32Array {
  const labels = model.labels.length;
  const sums = Float32Array.from(model.biases);
  for (const [name, value] of features) {
    const index = model.featureIndex.get(name);
    if (index === undefined) continue;
    const row = index * labels;
    for (let l = 0; l < labels; l += 1) sums[l]! += value * model.weights[row + l]!;
  }
  const { alpha } = model.stored;
  for (let l = 0; l < labels; l += 1) sums[l] = sums[l]! <= 0 ? 0 : alpha * sums[l]!;
  return sums;
}
