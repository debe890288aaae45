import { describe, expect, it } from 'vitest';
import { NONE, buildRouterIndex } from '../../../src/dialogs/router/search-index.js';
import { routingTerms } from '../../../src/dialogs/router/normalizer.js';
import { miniGraph } from '../support/mini-graph.js';

const index = buildRouterIndex(miniGraph());

/** Topic scores the way the router computes them from the postings (exact terms only). */
function fromPostings(terms: string[]): Map<string, number> {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const term of new Set(terms)) {
    for (const [topic, score] of index.postings.get(term)?.topics ?? []) {
      const e = sums.get(topic) ?? { sum: 0, n: 0 };
      e.sum += score;
      e.n += 1;
      sums.set(topic, e);
    }
  }
  return new Map([...sums].map(([t, e]) => [t, e.sum * e.n]));
}

describe('buildRouterIndex', () => {
  it.each(['lupa password ams', 'tte di nadine tidak selesai', 'perpanjang sertifikat expired', 'reset pin passphrase'])(
    'precomputed postings reproduce MiniSearch OR scores for %j', (question) => {
      const terms = routingTerms(question);
      const expected = new Map(index.topics.search(terms.join(' ')).map((r) => [r.topic as string, r.score]));
      const actual = fromPostings(terms);
      expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [topic, score] of expected) expect(actual.get(topic)).toBeCloseTo(score, 9);
    });

  it('knows greeting and thanks words, and keeps them out of the domain', () => {
    expect(index.socialTerms.get('halo')).toBe('greeting');
    expect(index.socialTerms.get('makasih')).toBe('thanks');
    expect(index.domain.has('halo')).toBe(false);
    expect(index.domain.has('nadin')).toBe(true);
  });

  it('trains the out-of-scope class and finds typos in the vocabulary', () => {
    expect(index.exampleTopic).toContain(NONE);
    expect([...index.vocabulary.fuzzyGet('sertifkat', 2).keys()]).toContain('sertifikat');
  });
});
