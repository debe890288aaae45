/**
 * The nearest-neighbour half of the router: MiniSearch (BM25) over the stemmed training
 * examples; the labels of the closest examples vote, weighted by score and rank. It catches
 * what a linear classifier smooths away: a question that is almost word for word one example.
 */
import MiniSearch from 'minisearch';

/** A vote per label index, summing to 1 (empty when nothing matched). */
export type Votes = Map<number, number>;

/** The index of examples and its vote. */
export interface NeighbourIndex {
  vote(stems: readonly string[], neighbours: number): Votes;
}

interface ExampleDoc { id: number; text: string; label: number }

/** Indexes `examples` (stem string, label index). */
export function createNeighbourIndex(examples: ReadonlyArray<readonly [string, number]>): NeighbourIndex {
  const search = new MiniSearch<ExampleDoc>({
    fields: ['text'],
    storeFields: ['label'],
    // The text is already normalised and stemmed: split on spaces, keep terms as they are.
    tokenize: (s) => s.split(' '),
    processTerm: (t) => t || null,
  });
  search.addAll(examples.map(([text, label], id) => ({ id, text, label })));
  return {
    vote(stems, neighbours) {
      const votes: Votes = new Map();
      if (stems.length === 0) return votes;
      const hits = search.search(stems.join(' '), { combineWith: 'OR' }).slice(0, neighbours);
      let total = 0;
      hits.forEach((hit, rank) => {
        const weight = hit.score / (rank + 1);
        const label = hit['label'] as number;
        votes.set(label, (votes.get(label) ?? 0) + weight);
        total += weight;
      });
      if (total > 0) for (const [label, v] of votes) votes.set(label, v / total);
      return votes;
    },
  };
}
