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
import { type FeatureContext, Vocabulary, featuresOfRead, readQuestion, stemsOf } from './features.js';
import { type NeighbourIndex, computeExactExamples, computePostings, createNeighbourIndex, exampleText } from './knn.js';
import { type RouterModel, type StoredRouterModel, classify, openRouterModel } from './model.js';
import { loadShippedModel } from './model-file.js';
import { DEFAULT_ROUTER_SETTINGS, type DecisionSettings } from './settings.js';
import { graphSamples, graphTrainingHash, trainRouterModel } from './train.js';

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
  /**
   * A trained model. By default the shipped one (dist/router-model.bin); for a graph it was not
   * trained on (a draft in the playground, a test fixture) its weights still apply and the
   * graph's own examples join the nearest-neighbour half, so new wording counts at once without
   * retraining. Only without a shipped model is one trained here, on the graph alone.
   */
  model?: StoredRouterModel;
  decision?: Partial<DecisionSettings>;
}

const MAX_ROUTE_MEMO = 5_000;

/** Builds a router for `graph`. */
export function createRouter(graph: Graph, options: RouterOptions = {}): Router {
  const stored = options.model ?? loadShippedModel() ?? trainRouterModel(graph, graphSamples(graph));
  const { model, vocabulary, context, neighbours } = prepared(stored, graph);
  const decision = { ...DEFAULT_ROUTER_SETTINGS.decision, ...options.decision };
  const usable = model.labels.map((l) => graph.topics[l as TopicId] !== undefined || l === 'unknown');
  const memo = new Map<string, RouteResult>();

  const explain = (text: string): Evidence => {
    const read = readQuestion(text, vocabulary);
    const exact = read.stems.length > 0 ? neighbours.exact(read.stems) : undefined;
    return {
      classifier: classify(model, featuresOfRead(read, model.stored.featureSettings, context)),
      votes: neighbours.vote(read.stems, decision.neighbours),
      ...(exact === undefined ? {} : { exact }),
    };
  };

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

interface Prepared {
  model: RouterModel;
  vocabulary: Vocabulary;
  context: FeatureContext;
  neighbours: NeighbourIndex;
}

// Opening a model (feature index, neighbour index) takes tens of milliseconds; a process that
// builds several routers over the same model and graph text (tests, the playground) does it once.
const preparedCache = new WeakMap<StoredRouterModel, Map<string, Prepared>>();

function prepared(stored: StoredRouterModel, graph: Graph): Prepared {
  const byGraph = preparedCache.get(stored) ?? new Map<string, Prepared>();
  preparedCache.set(stored, byGraph);
  const key = graphTrainingHash(graph);
  const cached = byGraph.get(key);
  if (cached) return cached;
  const model = openRouterModel(stored);
  const vocabulary = new Vocabulary(stored.vocabulary, stored.vocabularyCounts, stored.featureSettings.twoEditsFrom);
  const context = { vocabulary, topicWords: new Set(stored.topicWords), anchors: new Set(stored.anchors) };
  const own = model.stored.graphHash === key ? [] : ownExamples(graph, model, vocabulary);
  // The shipped postings fit the shipped examples; with the graph's own examples added they are computed anew.
  let neighbours: NeighbourIndex;
  if (own.length === 0) {
    neighbours = createNeighbourIndex(stored.examples.labels, stored.postings, stored.exact);
  } else {
    const texts = [...stored.examples.texts, ...own.map(([text]) => text)];
    const labels = Uint32Array.from([...stored.examples.labels, ...own.map(([, label]) => label)]);
    neighbours = createNeighbourIndex(labels, computePostings(texts, DEFAULT_ROUTER_SETTINGS.training.postingsPerTerm), computeExactExamples(texts, labels));
  }
  const made = { model, vocabulary, context, neighbours };
  if (byGraph.size >= 8) byGraph.clear();
  byGraph.set(key, made);
  return made;
}

/** The graph's own examples as neighbours, when the model was trained on another graph's text. */
function ownExamples(graph: Graph, model: RouterModel, vocabulary: Vocabulary): Array<[string, number]> {
  const index = new Map(model.labels.map((l, i) => [l, i] as const));
  return graphSamples(graph).flatMap((s) => {
    const label = index.get(s.topic);
    const text = exampleText(stemsOf(s.text, vocabulary));
    return label === undefined || text === '' ? [] : [[text, label] as [string, number]];
  });
}
