/**
 * The router's indexes, built once from the graph: one MiniSearch index of single examples
 * (nearest neighbour: "this question looks like that example") and one of whole topics (all
 * of a topic's examples, keywords and title in one document: "these words are typical of that
 * topic"), plus the statistics the confidence and the domain check need.
 */
import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Graph } from '../graph.js';
import { OUT_OF_SCOPE_EXAMPLES } from './out-of-scope.js';
import { CORE_DOMAIN_WORDS, EVERYDAY_WORDS, STRONG_DOMAIN_WORDS } from './vocabulary.js';
import { routingTerms } from './normalizer.js';

/** The "none of the guide" class inside the indexes (reported as `unknown`). */
export const NONE = '#none';
/** Topics that answer small talk, never a question. */
export const SOCIAL_TOPICS: ReadonlySet<string> = new Set(['greeting', 'thanks']);

interface Doc { id: number; topic: string; text: string }

/**
 * MiniSearch's BM25 score of one term in each topic document and each example document.
 * A question's score is the sum over its terms times the number of terms that matched, as
 * in MiniSearch's OR query; precomputing per term makes `route` a few additions.
 */
export interface TermPostings {
  topics: Array<readonly [topic: string, score: number]>;
  examples: Array<readonly [doc: number, score: number]>;
}

/** Everything {@link createRouter} looks things up in. */
export interface RouterIndex {
  /** MiniSearch over single examples (nearest neighbour). */
  examples: MiniSearch<Doc>;
  /** MiniSearch over whole topics (all of a topic's training text as one document). */
  topics: MiniSearch<Doc>;
  /** Every term of the training text, with its postings. */
  postings: Map<string, TermPostings>;
  /** The vocabulary as a radix tree, for typo-tolerant (fuzzy) lookups of unknown words. */
  vocabulary: SearchableMap<true>;
  /** The topic of each example document. */
  exampleTopic: string[];
  /** For each known term, the topics whose training text contains it. */
  topicsOfTerm: Map<string, Set<string>>;
  topicCount: number;
  /** Terms that make a question about digital signatures at all. */
  domain: Set<string>;
  /** Terms that alone make a question about DS/TTE. */
  strong: Set<string>;
  /** Terms the guide's own topics use (not the out-of-scope class). */
  guideVocabulary: Set<string>;
  /** Terms only greetings or thanks use, with the topic they signal. */
  socialTerms: Map<string, 'greeting' | 'thanks'>;
}

const tokenize = (s: string): string[] => s.split(' ');
const processTerm = (t: string): string => t;

/** Builds the indexes from every topic's examples, keywords and titles. */
export function buildRouterIndex(graph: Graph): RouterIndex {
  const exampleDocs: Doc[] = [];
  const topicText = new Map<string, string[]>();
  const topicsOfTerm = new Map<string, Set<string>>();
  const domain = new Set<string>(CORE_DOMAIN_WORDS.flatMap((w) => routingTerms(w)));

  const add = (topic: string, text: string, repeat = 1): void => {
    const terms = routingTerms(text);
    if (terms.length === 0) return;
    exampleDocs.push({ id: exampleDocs.length, topic, text: terms.join(' ') });
    const bag = topicText.get(topic) ?? [];
    for (let i = 0; i < repeat; i += 1) bag.push(...terms);
    topicText.set(topic, bag);
    for (const t of terms) {
      const set = topicsOfTerm.get(t) ?? new Set<string>();
      set.add(topic);
      topicsOfTerm.set(t, set);
    }
  };

  for (const topic of Object.values(graph.topics)) {
    const id = topic.id === 'unknown' ? NONE : topic.id;
    for (const ex of [...topic.examples.id, ...topic.examples.en]) add(id, ex);
    // Keywords and titles are the flow author's summary of the topic: they count double.
    for (const kw of topic.keywords) add(id, kw, 2);
    if (id === NONE) continue;
    add(id, topic.title.id, 2);
    add(id, topic.title.en, 2);
    if (SOCIAL_TOPICS.has(id)) continue;
    for (const w of [...topic.keywords, topic.title.id, topic.title.en]) {
      for (const t of routingTerms(w)) domain.add(t);
    }
  }
  for (const ex of OUT_OF_SCOPE_EXAMPLES) add(NONE, ex);

  // A greeting/thanks word is one only those topics use, and more than once (keywords count
  // double): "much" from a single "thank you so much" example is not a thanks word.
  const socialCount = new Map<string, number>();
  for (const topic of SOCIAL_TOPICS) {
    for (const t of topicText.get(topic) ?? []) socialCount.set(t, (socialCount.get(t) ?? 0) + 1);
  }
  const socialTerms = new Map<string, 'greeting' | 'thanks'>();
  for (const [term, topics] of topicsOfTerm) {
    const named = [...topics].filter((t) => t !== NONE);
    if (named.length > 0 && named.every((t) => SOCIAL_TOPICS.has(t)) && (socialCount.get(term) ?? 0) >= 2) {
      socialTerms.set(term, named.includes('thanks') ? 'thanks' : 'greeting');
      domain.delete(term);
    }
  }

  const examples = new MiniSearch<Doc>({ fields: ['text'], storeFields: ['topic'], tokenize, processTerm });
  examples.addAll(exampleDocs);
  // Big topics must not be punished for having many examples: weak length normalisation.
  const topics = new MiniSearch<Doc>({
    fields: ['text'], storeFields: ['topic'], tokenize, processTerm,
    searchOptions: { bm25: { k: 1.2, b: 0.3, d: 0.5 } },
  });
  topics.addAll([...topicText.entries()].map(([topic, terms], i) => ({ id: i, topic, text: terms.join(' ') })));

  const postings = new Map<string, TermPostings>();
  const vocabulary = new SearchableMap<true>();
  for (const term of topicsOfTerm.keys()) {
    vocabulary.set(term, true);
    postings.set(term, {
      topics: topics.search(term).map((r) => [r.topic as string, r.score] as const),
      examples: examples.search(term).map((r) => [r.id as number, r.score] as const),
    });
  }
  const strong = new Set(STRONG_DOMAIN_WORDS.flatMap((w) => routingTerms(w)));
  const guideVocabulary = new Set([...topicsOfTerm].filter(([, ts]) => [...ts].some((t) => t !== NONE)).map(([t]) => t));
  // Everyday words ("kirim", "lanjut", "salah") appear in the guide's keywords but never make
  // a question about DS on their own.
  const core = new Set(CORE_DOMAIN_WORDS.flatMap((w) => routingTerms(w)));
  for (const w of EVERYDAY_WORDS) {
    for (const t of routingTerms(w)) {
      guideVocabulary.add(t);
      if (!core.has(t)) domain.delete(t);
    }
  }

  return {
    examples, topics, postings, vocabulary, exampleTopic: exampleDocs.map((d) => d.topic),
    topicsOfTerm, topicCount: topicText.size, domain, strong, guideVocabulary, socialTerms,
  };
}
