/**
 * The topic router: a free-text question (Indonesian or English, formal, slang, typos) → one of
 * the graph's topic ids with a confidence, plus the likeliest topics when it is unsure.
 *
 * Two learnt views of the question are combined (decision.ts; weights chosen by
 * cross-validation, see settings.ts): NLP.js's neural classifier over word, word-pair and
 * character n-gram features (model.ts, features.ts), and a nearest-neighbour vote over the
 * training examples (knn.ts). `unknown` is a class like the others, learnt from the project's
 * out-of-scope corpus; it wins only by a margin.
 */
import type { Graph, TopicId } from '../graph.js';
import { type Evidence, type RouteResult, decide } from './decision.js';
import { Vocabulary, featuresOf, stemsOf } from './features.js';
import { createNeighbourIndex } from './knn.js';
import { type StoredRouterModel, classify, openRouterModel } from './model.js';
import { loadShippedModel } from './model-file.js';
import { DEFAULT_ROUTER_SETTINGS, type DecisionSettings } from './settings.js';
import { type LabelledSample, graphSamples, graphTrainingHash, trainRouterModel } from './train.js';

export type { RouteResult, ScoredTopic } from './decision.js';

/** A trained router. */
export interface Router {
  /** Routes one question; never throws (empty or odd input gives `unknown`). */
  route(text: string): RouteResult;
  /** The raw evidence behind {@link route} (for cross-validation and diagnostics). */
  explain(text: string): Evidence;
  /** The model's labels, in the order of {@link Evidence}. */
  readonly labels: readonly string[];
  /** Per label, whether the graph has that topic. */
  readonly usable: readonly boolean[];
}

/** Options of {@link createRouter}. */
export interface RouterOptions {
  /** A trained model; by default the shipped one when it was trained on this graph, else one trained now. */
  model?: StoredRouterModel;
  /** Labelled questions besides the graph's own, for a model trained now (e.g. the project corpus). */
  extraSamples?: readonly LabelledSample[];
  decision?: Partial<DecisionSettings>;
}

const MAX_ROUTE_MEMO = 5_000;

/** Builds a router for `graph`. */
export function createRouter(graph: Graph, options: RouterOptions = {}): Router {
  const model = openRouterModel(options.model ?? modelFor(graph, options.extraSamples));
  const decision = { ...DEFAULT_ROUTER_SETTINGS.decision, ...options.decision };
  const vocabulary = new Vocabulary(model.stored.vocabulary);
  const context = { vocabulary, topicWords: new Set(model.stored.topicWords) };
  const neighbours = createNeighbourIndex(model.stored.examples);
  const usable = model.labels.map((l) => graph.topics[l as TopicId] !== undefined || l === 'unknown');
  const memo = new Map<string, RouteResult>();

  const explain = (text: string): Evidence => ({
    classifier: classify(model, featuresOf(text, model.stored.featureSettings, context)),
    votes: neighbours.vote(stemsOf(text, vocabulary), decision.neighbours),
  });

  return {
    labels: model.labels,
    usable,
    explain,
    route(text) {
      const key = text.trim().toLowerCase();
      const cached = memo.get(key);
      if (cached) return cached;
      const result = key.length === 0
        ? { topic: 'unknown' as const, confidence: 0, candidates: [], unsure: false }
        : decide(model.labels, usable, explain(text), decision);
      if (memo.size >= MAX_ROUTE_MEMO) memo.clear();
      memo.set(key, result);
      return result;
    },
  };
}

/** The shipped model when it was trained on this graph's text, else a model trained now. */
function modelFor(graph: Graph, extraSamples: readonly LabelledSample[] = []): StoredRouterModel {
  const shipped = loadShippedModel();
  if (shipped && shipped.graphHash === graphTrainingHash(graph)) return shipped;
  return trainRouterModel(graph, [...graphSamples(graph), ...extraSamples]);
}
