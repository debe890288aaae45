/**
 * Topic router: names the topic of a free-text question (Indonesian or English).
 *
 * Built on MiniSearch (BM25 + fuzzy matching) over every topic's examples, keywords and
 * titles from the compiled graph, after the shared normalisation of {@link routingTerms}
 * (slang, reduplication, repeated letters, Indonesian/English stemming). Two rankings are
 * blended: the best single example of each topic and the topic as a whole. MiniSearch's
 * per-term BM25 scores are precomputed when the router is built (see router-index.ts), so a
 * question costs a few additions; unknown words go through MiniSearch's fuzzy radix-tree
 * lookup (typos). On top of the ranking it adds what a search engine lacks for classification:
 * - scope rules before ranking (router-scope.ts): another system named, another system's
 *   credential ("password gmail"), or only the organisation ("alamat kantor bssn") → unknown;
 * - a "none" class trained on everyday office questions ({@link OUT_OF_SCOPE_EXAMPLES});
 * - an in-domain check: a question must share at least one domain word (from the guide's
 *   keywords and titles, plus {@link CORE_DOMAIN_WORDS}) to reach a guide topic;
 * - greetings and thanks are recognised from their own words, and stripped when a real
 *   question follows ("halo, pin saya salah" goes to the question's topic);
 * - a confidence in 0..1 from how much of the question the winning topic explains (IDF
 *   weighted coverage) and how far ahead of the runner-up it is.
 */
import type { Graph, TopicId } from '../graph.js';
import { NONE, SOCIAL_TOPICS, buildRouterIndex } from './search-index.js';
import { createScopeCheck } from './scope.js';
import { GREETING_OPENERS, GREETING_TIMES, HOST_SYSTEM_WORDS } from './vocabulary.js';
import { routingTerms } from './normalizer.js';

/** What the router says about one question. */
export interface RouteResult {
  topic: TopicId;
  /** 0..1, two decimals. */
  confidence: number;
}

/** A trained router. */
export interface Router {
  /** Routes one question; never throws (empty or odd input gives `unknown`). */
  route(text: string): RouteResult;
}

/**
 * Tuning knobs; the defaults were calibrated on tests/dialogs/router-eval.jsonl and checked
 * against the held-out tests/dialogs/router-heldout.jsonl.
 */
export interface RouterOptions {
  /** Below this confidence the answer is `unknown`. */
  threshold?: number;
  /** MiniSearch fuzziness for words outside the vocabulary (fraction of word length). */
  fuzzy?: number;
}

/** How much the single-example match counts against the whole-topic match. */
const EXAMPLE_WEIGHT = 0.5;
/** MiniSearch's default discount of a fuzzy (typo) match. */
const FUZZY_WEIGHT = 0.45;
const MAX_MEMO = 10_000;
/** Shortest misspelt word whose fuzzy match may count as a DS word. */
const FUZZY_DOMAIN_MIN_LENGTH = 7;
/** Extra confidence a question needs when it has no strong DS word. */
const WEAK_ONLY_MARGIN = 0.1;

interface TopicScore { score: number; matched: Set<string>; inDomain: boolean }

/** Builds the index once; {@link Router.route} is then a pure, fast lookup. */
export function createRouter(graph: Graph, options: RouterOptions = {}): Router {
  const threshold = options.threshold ?? 0.22;
  const fuzziness = options.fuzzy ?? 0.2;
  const index = buildRouterIndex(graph);
  const namesOtherSystem = createScopeCheck(index.domain, index.guideVocabulary);
  const { postings, vocabulary, exampleTopic, topicsOfTerm, topicCount, domain, strong, guideVocabulary, socialTerms } = index;
  const openers = new Set(GREETING_OPENERS.flatMap((w) => routingTerms(w)));
  const times = new Set(GREETING_TIMES.flatMap((w) => routingTerms(w)));
  const hosts = new Set(HOST_SYSTEM_WORDS.flatMap((w) => routingTerms(w)));
  const isStrong = (t: string): boolean => strong.has(t) && !hosts.has(t);
  // A word the guide never uses weighs like a word shared by a few topics: it dilutes the
  // confidence without drowning the words that did match.
  const weightOf = (term: string): number => Math.log(1 + topicCount / (topicsOfTerm.get(term)?.size ?? 3));
  const exampleScore = new Float64Array(exampleTopic.length);
  const exampleHits = new Uint16Array(exampleTopic.length);

  // Vocabulary terms a question word stands for, with a weight (1 exact, < 1 for typos).
  const expansions = new Map<string, Array<readonly [string, number]>>();
  function expand(word: string): Array<readonly [string, number]> {
    if (postings.has(word)) return [[word, 1]];
    let found = expansions.get(word);
    if (found) return found;
    // A doubled letter is chat emphasis ("amss", "pinn"): the word without it, if known.
    const single = word.replace(/([a-z])\1/g, '$1');
    if (single !== word && postings.has(single)) return [[single, 1]];
    const distance = Math.round(word.length * fuzziness);
    found = word.length < 5 || distance < 1 ? [] : [...vocabulary.fuzzyGet(word, distance)].map(
      ([term, [, d]]) => [term, (FUZZY_WEIGHT * word.length) / (word.length + 0.3 * d)] as const);
    if (expansions.size < MAX_MEMO) expansions.set(word, found);
    return found;
  }

  function scores(terms: string[]): Map<string, TopicScore> {
    const perTopic = new Map<string, TopicScore & { sum: number }>();
    const touched: number[] = [];
    for (const word of new Set(terms)) {
      for (const [term, weight] of expand(word)) {
        const post = postings.get(term)!;
        // A short word one letter from a DS word is often another word ("resign" / "esign"):
        // only exact words and typos of long words put a question in the domain.
        const inDomain = domain.has(term) && (weight === 1 || word.length >= FUZZY_DOMAIN_MIN_LENGTH);
        for (const [topic, score] of post.topics) {
          let e = perTopic.get(topic);
          if (!e) perTopic.set(topic, (e = { score: 0, sum: 0, matched: new Set<string>(), inDomain: false }));
          e.sum += score * weight;
          e.matched.add(word);
          e.inDomain ||= inDomain;
        }
        for (const [doc, score] of post.examples) {
          if (exampleHits[doc] === 0) touched.push(doc);
          exampleScore[doc] = exampleScore[doc]! + score * weight;
          exampleHits[doc] = exampleHits[doc]! + 1;
        }
      }
    }
    // As MiniSearch's OR query: the sum of term scores times the number of terms matched.
    let maxTopic = 0;
    for (const e of perTopic.values()) maxTopic = Math.max(maxTopic, (e.score = e.sum * e.matched.size));
    const bestExample = new Map<string, number>();
    let maxExample = 0;
    for (const doc of touched) {
      const score = exampleScore[doc]! * exampleHits[doc]!;
      exampleScore[doc] = 0;
      exampleHits[doc] = 0;
      const topic = exampleTopic[doc]!;
      if (score > (bestExample.get(topic) ?? 0)) bestExample.set(topic, score);
      maxExample = Math.max(maxExample, score);
    }
    for (const [topic, e] of perTopic) {
      e.score = (1 - EXAMPLE_WEIGHT) * (e.score / maxTopic) + EXAMPLE_WEIGHT * ((bestExample.get(topic) ?? 0) / maxExample);
    }
    return perTopic;
  }

  function rank(terms: string[]): RouteResult {
    const ranked = [...scores(terms).entries()]
      .filter(([topic, e]) => topic === NONE || (!SOCIAL_TOPICS.has(topic) && e.inDomain))
      .sort((a, b) => b[1].score - a[1].score);
    const best = ranked[0];
    if (!best) return { topic: 'unknown', confidence: 0 };
    if (best[0] !== NONE && !terms.some(isStrong) && hasForeignWord(terms, best[1].matched)) {
      // "lupa password simpeg", "perpanjang paspor": only shared words, plus another system's.
      return { topic: 'unknown', confidence: round(Math.min(best[1].score, threshold) / 2) };
    }
    const unique = [...new Set(terms)];
    const total = unique.reduce((s, t) => s + weightOf(t), 0);
    const covered = unique.filter((t) => best[1].matched.has(t)).reduce((s, t) => s + weightOf(t), 0);
    const coverage = total > 0 ? covered / total : 0;
    const second = ranked[1]?.[1].score ?? 0;
    const margin = (best[1].score - second) / best[1].score;
    const confidence = round(coverage * (0.6 + 0.4 * margin));
    if (best[0] === NONE) return { topic: 'unknown', confidence: round(Math.min(confidence, threshold) / 2) };
    // Without a DS word ("lupa password", "cek status") a topic must be clearly ahead.
    const needed = terms.some((t) => strong.has(t)) ? threshold : threshold + WEAK_ONLY_MARGIN;
    if (confidence < needed) return { topic: 'unknown', confidence };
    return { topic: best[0] as TopicId, confidence };
  }

  /** A content word the guide never uses (typos the fuzzy search matched do not count). */
  function hasForeignWord(terms: string[], matched: Set<string>): boolean {
    return terms.some((t) => t.length > 2 && !/\d/.test(t) && !guideVocabulary.has(t) && !matched.has(t));
  }

  function route(text: string): RouteResult {
    const terms = routingTerms(typeof text === 'string' ? text : '');
    const content = terms.filter((t) => !socialTerms.has(t));
    const socialTopic = socialTopicOf(terms, content);
    if (content.length === 0) {
      return socialTopic ? { topic: socialTopic, confidence: 0.95 } : { topic: 'unknown', confidence: 0 };
    }
    if (namesOtherSystem(content)) return { topic: 'unknown', confidence: 0.05 };
    const result = rank(content);
    // "halo admin", "assalamualaikum wr wb", "ok siap makasih infonya": a few stray words
    // around a greeting or thanks, none about DS, are still a greeting or thanks.
    if (result.topic === 'unknown' && socialTopic && content.length <= 3 && !content.some((t) => domain.has(t))) {
      return { topic: socialTopic, confidence: 0.8 };
    }
    return result;
  }

  /**
   * Greeting or thanks signalled by the question's social words. "selamat"/"good" and the
   * times of day greet only together ("selamat pagi") or a time alone ("pagi min"), so
   * "selamat ulang tahun", "good night" and "makan siang" signal nothing.
   */
  function socialTopicOf(terms: string[], content: string[]): TopicId | undefined {
    const social = terms.filter((t) => socialTerms.has(t));
    if (social.some((t) => socialTerms.get(t) === 'thanks')) return 'thanks';
    const plain = social.find((t) => !openers.has(t) && !times.has(t));
    if (plain) return socialTerms.get(plain);
    const hasTime = terms.some((t) => times.has(t));
    const hasOpener = terms.some((t) => openers.has(t));
    if (hasTime && (hasOpener || content.length === 0)) return 'greeting';
    return undefined;
  }

  return { route };
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}
