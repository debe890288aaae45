/**
 * Topic router: names the topic of a free-text question (Indonesian or English).
 *
 * Built on MiniSearch (BM25 + fuzzy matching) over every topic's examples, keywords and
 * titles from the compiled graph, after the shared normalisation of {@link routingTerms}
 * (slang, reduplication, repeated letters, Indonesian/English stemming). On top of the
 * ranking it adds what a search engine lacks for classification:
 * - a "none" class trained on everyday office questions ({@link OUT_OF_SCOPE_EXAMPLES});
 * - an in-domain check: a question must share at least one domain word (from the guide's
 *   keywords and titles, plus {@link CORE_DOMAIN_WORDS}) to reach a guide topic;
 * - greetings and thanks are recognised from their own words, and stripped when a real
 *   question follows ("halo, pin saya salah" goes to the question's topic);
 * - a confidence in 0..1 from how much of the question the winning topic explains (IDF
 *   weighted coverage) and how far ahead of the runner-up it is.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Graph, TopicId } from './graph.js';
import { OUT_OF_SCOPE_EXAMPLES } from './out-of-scope.js';
import { CORE_DOMAIN_WORDS } from './router-vocabulary.js';
import { routingTerms } from './text-normalizer.js';

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

/** Tuning knobs; the defaults are calibrated on tests/dialogs/router-eval.jsonl. */
export interface RouterOptions {
  /** Below this confidence the answer is `unknown`. */
  threshold?: number;
  /** MiniSearch fuzziness for words outside the vocabulary (fraction of word length). */
  fuzzy?: number;
}

const SOCIAL_TOPICS = new Set<string>(['greeting', 'thanks']);
const NONE = '#none';
const KIND_BOOST: Record<string, number> = { example: 1, keyword: 1.2, title: 1.1, none: 1 };

interface Doc { id: number; topic: string; kind: string; text: string }

/** Builds the index once; {@link Router.route} is then a pure, fast lookup. */
export function createRouter(graph: Graph, options: RouterOptions = {}): Router {
  const threshold = options.threshold ?? 0.3;
  const fuzziness = options.fuzzy ?? 0.2;
  const docs: Doc[] = [];
  const topicsOfTerm = new Map<string, Set<string>>();
  const domain = new Set<string>(CORE_DOMAIN_WORDS.flatMap((w) => routingTerms(w)));
  const socialTerms = new Map<string, string>();

  const add = (topic: string, kind: string, text: string): void => {
    const terms = routingTerms(text);
    if (terms.length === 0) return;
    docs.push({ id: docs.length, topic, kind, text: terms.join(' ') });
    for (const t of terms) {
      const set = topicsOfTerm.get(t) ?? new Set<string>();
      set.add(topic);
      topicsOfTerm.set(t, set);
    }
  };

  for (const topic of Object.values(graph.topics)) {
    const id = topic.id === 'unknown' ? NONE : topic.id;
    for (const ex of [...topic.examples.id, ...topic.examples.en]) add(id, 'example', ex);
    for (const kw of topic.keywords) add(id, 'keyword', kw);
    if (id === NONE) continue;
    add(id, 'title', topic.title.id);
    add(id, 'title', topic.title.en);
    if (!SOCIAL_TOPICS.has(id)) {
      for (const w of [...topic.keywords, topic.title.id, topic.title.en]) {
        for (const t of routingTerms(w)) domain.add(t);
      }
    }
  }
  for (const ex of OUT_OF_SCOPE_EXAMPLES) add(NONE, 'none', ex);

  // Words only greetings/thanks use: they never decide a guide topic.
  for (const [term, topics] of topicsOfTerm) {
    const social = [...topics].filter((t) => SOCIAL_TOPICS.has(t));
    if (social.length > 0 && social.length === [...topics].filter((t) => t !== NONE).length) {
      socialTerms.set(term, social.includes('thanks') ? 'thanks' : social[0]!);
      domain.delete(term);
    }
  }

  const topicCount = new Set(docs.map((d) => d.topic)).size;
  const weightOf = (term: string): number =>
    Math.log(1 + topicCount / (topicsOfTerm.get(term)?.size ?? 0.5));

  const index = new MiniSearch<Doc>({
    fields: ['text'],
    storeFields: ['topic', 'kind'],
    tokenize: (s) => s.split(' '),
    processTerm: (t) => t,
  });
  index.addAll(docs);
  const fuzzy = (term: string): number | boolean =>
    topicsOfTerm.has(term) || term.length < 5 ? false : fuzziness;

  function rank(terms: string[]): RouteResult {
    const results = index.search(terms.join(' '), {
      fuzzy,
      combineWith: 'OR',
      boostDocument: (_id, _term, stored) => KIND_BOOST[String(stored?.kind)] ?? 1,
    });
    const perTopic = new Map<string, { score: number; n: number; matched: Set<string>; inDomain: boolean }>();
    for (const r of results as (SearchResult & { topic: string })[]) {
      const entry = perTopic.get(r.topic) ?? { score: 0, n: 0, matched: new Set<string>(), inDomain: false };
      // Best example counts fully, the next two a little: agreement among examples helps.
      entry.score += r.score * (entry.n === 0 ? 1 : entry.n < 3 ? 0.2 : 0);
      entry.n += 1;
      for (const q of r.queryTerms) entry.matched.add(q);
      if (!entry.inDomain && r.terms.some((t) => domain.has(t))) entry.inDomain = true;
      perTopic.set(r.topic, entry);
    }
    const ranked = [...perTopic.entries()]
      .filter(([topic, e]) => topic === NONE || (!SOCIAL_TOPICS.has(topic) && e.inDomain))
      .sort((a, b) => b[1].score - a[1].score);
    const best = ranked[0];
    if (!best) return { topic: 'unknown', confidence: 0 };
    const unique = [...new Set(terms)];
    const total = unique.reduce((s, t) => s + weightOf(t), 0);
    const covered = unique.filter((t) => best[1].matched.has(t)).reduce((s, t) => s + weightOf(t), 0);
    const coverage = total > 0 ? covered / total : 0;
    const second = ranked[1]?.[1].score ?? 0;
    const margin = (best[1].score - second) / best[1].score;
    const confidence = round(coverage * (0.6 + 0.4 * margin));
    if (best[0] === NONE) return { topic: 'unknown', confidence: round(Math.min(confidence, threshold) / 2) };
    if (confidence < threshold) return { topic: 'unknown', confidence };
    return { topic: best[0] as TopicId, confidence };
  }

  function route(text: string): RouteResult {
    const terms = routingTerms(typeof text === 'string' ? text : '');
    const content = terms.filter((t) => !socialTerms.has(t));
    const social = terms.map((t) => socialTerms.get(t)).filter((t): t is string => !!t);
    const socialTopic = (social.includes('thanks') ? 'thanks' : social[0]) as TopicId | undefined;
    if (content.length === 0) {
      return socialTopic ? { topic: socialTopic, confidence: 0.95 } : { topic: 'unknown', confidence: 0 };
    }
    const result = rank(content);
    // "halo admin" / "makasih ya bot": one stray word after a greeting is still a greeting.
    if (result.topic === 'unknown' && socialTopic && content.length <= 1) {
      return { topic: socialTopic, confidence: 0.8 };
    }
    return result;
  }

  return { route };
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}
