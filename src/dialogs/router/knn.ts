/**
 * The nearest-neighbour half of the router: the training examples that share the most telling
 * words with the question vote for their labels, weighted by score and rank. It catches what a
 * linear classifier smooths away: a question that is almost word for word one example.
 *
 * Scores are MiniSearch's (BM25 over the stemmed examples, an OR query: the sum of the matched
 * terms' scores times the number of terms matched). MiniSearch computes every term's postings
 * once (at build time for the shipped model, or when a router is built for another graph); a
 * question then costs one pass over its terms' postings, without MiniSearch's per-query objects.
 */
import { createRequire } from 'node:module';
import type MiniSearchClass from 'minisearch';
import { type StringTable, buildStringTable, indexOfString } from './string-table.js';

/**
 * Per term, the examples containing it and the term's BM25 score in each, flat: term `t`'s
 * postings are `docs[offsets[t]] … docs[offsets[t + 1] - 1]`, with `scores` beside them.
 */
export interface StoredPostings {
  terms: string[];
  /** `terms` by text (see string-table.ts). */
  termTable: StringTable;
  offsets: Uint32Array;
  docs: Uint32Array;
  scores: Float64Array;
}

/**
 * The examples' distinct texts (see {@link exampleText}) by table, each with its label, or -1
 * when examples of two labels share the text (such a text decides nothing).
 */
export interface ExactExamples {
  table: StringTable;
  labels: Int32Array;
}

/** A vote per label index, summing to 1 (empty when nothing matched). */
export type Votes = Map<number, number>;

/** The examples' index and its vote. */
export interface NeighbourIndex {
  vote(stems: readonly string[], neighbours: number): Votes;
  /**
   * The label of the examples with exactly these stems (in any order), when they all agree: a
   * question that is word for word one of the guide's examples goes where that example says.
   */
  exact(stems: readonly string[]): number | undefined;
}

/**
 * An example (or a question) as the index keeps it: its distinct stems in order, so that the
 * text itself is the key of "exactly these words".
 */
export const exampleText = (stems: readonly string[]): string => [...new Set(stems)].sort().join(' ');

/**
 * The postings of `examples` (stem strings), computed by MiniSearch. A term kept in `limit`
 * examples at most keeps those where it scores highest (a word in thousands of examples says
 * little about any one of them, and would cost every question that uses it a long pass).
 */
export function computePostings(examples: readonly string[], limit = Infinity): StoredPostings {
  // Loaded here, not at the top: only training and a draft graph's router compute postings; a
  // `route` or bot process reads them from the model file and would pay its import for nothing.
  const MiniSearch = createRequire(import.meta.url)('minisearch') as typeof MiniSearchClass;
  const search = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    // The text is already normalised and stemmed: split on spaces, keep terms as they are.
    tokenize: (s) => s.split(' '),
    processTerm: (t) => t || null,
  });
  search.addAll(examples.map((text, id) => ({ id, text })));
  const terms = [...new Set(examples.flatMap((e) => e.split(' ')).filter(Boolean))].sort();
  const docs: number[] = [];
  const scores: number[] = [];
  const offsets = new Uint32Array(terms.length + 1);
  terms.forEach((term, t) => {
    for (const hit of search.search(term).slice(0, limit)) {
      docs.push(hit.id as number);
      scores.push(Math.round(hit.score * 1e4) / 1e4);
    }
    offsets[t + 1] = docs.length;
  });
  return { terms, termTable: buildStringTable(terms), offsets, docs: Uint32Array.from(docs), scores: Float64Array.from(scores) };
}

/** The exact-text index of `examples` (stem strings) labelled `labels[doc]`. */
export function computeExactExamples(examples: readonly string[], labels: ArrayLike<number>): ExactExamples {
  const byText = new Map<string, number>();
  examples.forEach((key, d) => {
    const seen = byText.get(key);
    byText.set(key, seen === undefined || seen === labels[d] ? labels[d]! : -1);
  });
  return { table: buildStringTable([...byText.keys()]), labels: Int32Array.from(byText.values()) };
}

/** The index over examples labelled `labels[doc]`, with their postings and exact texts. */
export function createNeighbourIndex(labels: ArrayLike<number>, postings: StoredPostings, exactExamples: ExactExamples): NeighbourIndex {
  const sums = new Float64Array(labels.length);
  const matched = new Uint16Array(labels.length);
  const touched = new Uint32Array(labels.length);
  // Stems come from the stem memo, the same strings each time: a Map finds them without hashing their text again.
  const terms = new Map<string, number>();
  const termOf = (stem: string): number => {
    let t = terms.get(stem);
    if (t === undefined) {
      t = indexOfString(postings.termTable, stem);
      if (terms.size >= 50_000) terms.clear();
      terms.set(stem, t);
    }
    return t;
  };
  return {
    exact(stems) {
      const at = indexOfString(exactExamples.table, exampleText(stems));
      const label = at < 0 ? -1 : exactExamples.labels[at]!;
      return label < 0 ? undefined : label;
    },
    vote(stems, neighbours) {
      const votes: Votes = new Map();
      // Typed arrays reused across questions, plain loops: this is most of a question's work.
      let count = 0;
      const { docs, scores, offsets } = postings;
      for (const stem of new Set(stems)) {
        const t = termOf(stem);
        if (t < 0) continue;
        for (let i = offsets[t]!, end = offsets[t + 1]!; i < end; i += 1) {
          const d = docs[i]!;
          if (matched[d] === 0) touched[count++] = d;
          sums[d]! += scores[i]!;
          matched[d]! += 1;
        }
      }
      if (count === 0) return votes;
      const best = topByScore(touched, count, sums, matched, neighbours);
      let total = 0;
      best.forEach(([d, score], rank) => {
        const weight = score / (rank + 1);
        const label = labels[d]!;
        votes.set(label, (votes.get(label) ?? 0) + weight);
        total += weight;
      });
      for (let i = 0; i < count; i += 1) { sums[touched[i]!] = 0; matched[touched[i]!] = 0; }
      if (total > 0) for (const [label, v] of votes) votes.set(label, v / total);
      return votes;
    },
  };
}

/**
 * The `k` best of the first `count` examples in `items` by `sums[d] × matched[d]` (the sum of
 * the matched terms' scores times their number), best first; an equal score goes after the
 * ones already kept unless its example comes earlier.
 */
function topByScore(items: Uint32Array, count: number, sums: Float64Array, matched: Uint16Array, k: number): Array<[number, number]> {
  const top: Array<[number, number]> = [];
  for (let i = 0; i < count; i += 1) {
    const item = items[i]!;
    const s = sums[item]! * matched[item]!;
    if (top.length === k && s <= top[k - 1]![1]) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1]![1] < s || (top[at - 1]![1] === s && top[at - 1]![0] > item))) at -= 1;
    top.splice(at, 0, [item, s]);
    if (top.length > k) top.pop();
  }
  return top;
}
