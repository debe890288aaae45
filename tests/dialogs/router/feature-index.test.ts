/**
 * The indexed features the router scores (feature-index.ts, classifySparse) must give the
 * classifier exactly the sums of the named features training defines (featuresOfRead,
 * classify): same features, same order, same values, bit for bit, on every question of the
 * corpus and on variants of them (upper case, emphasis, words reversed, typos).
 */
import { describe, expect, it } from 'vitest';
import { FeatureIndexer } from '../../../src/dialogs/router/feature-index.js';
import { Vocabulary, featuresOfRead, readQuestion } from '../../../src/dialogs/router/features.js';
import { graphSamples, loadShippedModel, trainRouterModel } from '../../../src/dialogs/router/index.js';
import { classify, classifySparse, openRouterModel } from '../../../src/dialogs/router/model.js';
import { loadCorpus } from '../../../src/kb/corpus.js';
import { realGraph } from '../engine/real-graph.js';

const graph = await realGraph();
const stored = loadShippedModel() ?? trainRouterModel(graph, graphSamples(graph));
const vocabulary = new Vocabulary(stored.vocabulary, stored.vocabularyCounts, stored.featureSettings.twoEditsFrom);
const context = { vocabulary, topicWords: new Set(stored.topicWords), anchors: new Set(stored.anchors) };

function questions(): string[] {
  const texts = [...new Set(loadCorpus().map((s) => s.text))];
  const variants = texts.flatMap((t) => [t.toUpperCase() + ' tolonggg!!', t.split(' ').reverse().join(' '), t.replace(/[aeiou]/, '')]);
  return [...texts, ...variants, '', '   ', '🙏🙏', '1234567890123456', 'a', 'lupa lupa lupa lupa'];
}

describe('FeatureIndexer', () => {
  it('gives the classifier the same sums as the named features, on the corpus and its variants', () => {
    const model = openRouterModel(stored);
    const indexer = new FeatureIndexer(model.featureTable, model.featureCount, stored.featureSettings, context);
    let checked = 0;
    for (const text of questions()) {
      const read = readQuestion(text, vocabulary);
      const named = featuresOfRead(read, stored.featureSettings, context);
      const expected = classify(model, named);
      const actual = classifySparse(model, indexer.index(read));
      expect(Buffer.from(actual.buffer).equals(Buffer.from(expected.buffer)), text).toBe(true);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(20_000);
  });

  it('lists the known features in the named vector\'s order, with its values', () => {
    const model = openRouterModel(stored);
    const indexer = new FeatureIndexer(model.featureTable, model.featureCount, stored.featureSettings, context);
    const names = stored.features;
    for (const text of ['lupa pasword ams, link dr noreply gk masuk2', 'Sertifikat saya expired kapan valid sampai?', 'lupa lupa lupa pin']) {
      const read = readQuestion(text, vocabulary);
      const named = [...featuresOfRead(read, stored.featureSettings, context)].filter(([name]) => names.includes(name));
      const sparse = indexer.index(read);
      const indexed = [...sparse.indices.subarray(0, sparse.count)].map((f) => [names[f], sparse.values[f]]);
      expect(indexed).toEqual(named);
      expect(named.length).toBeGreaterThan(5);
    }
  });

  it('forgets the previous question: the same question gives the same vector after any other', () => {
    const model = openRouterModel(stored);
    const indexer = new FeatureIndexer(model.featureTable, model.featureCount, stored.featureSettings, context);
    const copy = (text: string): Array<[number, number]> => {
      const v = indexer.index(readQuestion(text, vocabulary));
      return [...v.indices.subarray(0, v.count)].map((f) => [f, v.values[f]!]);
    };
    const first = copy('lupa passphrase tte');
    copy('sertifikat elektronik saya kedaluwarsa, perpanjang bagaimana, sertifikat sertifikat');
    copy('');
    expect(copy('lupa passphrase tte')).toEqual(first);
  });
});
