/**
 * Typo correction: the letter-mask filter in front of the Levenshtein distance must keep every
 * word a full search would find. Checked against MiniSearch's radix-tree fuzzy search (what the
 * router used before) on the shipped vocabulary and thousands of misspellings of it.
 */
import { existsSync } from 'node:fs';
import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../../src/dialogs/router/features.js';
import { SHIPPED_MODEL_PATH, loadShippedModel } from '../../../src/dialogs/router/index.js';

/** The correction rule over a radix tree's fuzzy search: the reference the filter must match. */
function referenceCorrect(tree: SearchableMap<number>, word: string, twoEditsFrom: number): string {
  if (word.length < 4 || /\d/.test(word) || tree.has(word)) return word;
  for (let i = 1; i < word.length; i += 1) {
    if (word[i] === word[i - 1] && tree.has(word.slice(0, i) + word.slice(i + 1))) return word.slice(0, i) + word.slice(i + 1);
  }
  if (word.length < 5) return word;
  let best: string | null = null;
  let key = [Infinity, 0];
  let tie = false;
  for (const [candidate, [count, d]] of tree.fuzzyGet(word, word.length >= twoEditsFrom ? 2 : 1)) {
    if (d < key[0]! || (d === key[0]! && count > key[1]!)) { best = candidate; key = [d, count]; tie = false; } else if (d === key[0] && count === key[1]) tie = true;
  }
  return tie || best === null ? word : best;
}

/** Misspellings of `word`: each letter dropped, doubled, replaced by a neighbour, and two swapped. */
function misspellings(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i += 1) {
    out.push(word.slice(0, i) + word.slice(i + 1));
    out.push(word.slice(0, i) + word[i] + word.slice(i));
    out.push(word.slice(0, i) + String.fromCharCode(((word.charCodeAt(i) - 96) % 26) + 97) + word.slice(i + 1));
    if (i + 1 < word.length) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return out;
}

describe('typo correction', () => {
  it('picks the closest, then the most frequent word, and leaves a tie alone', () => {
    const vocabulary = new Vocabulary(['sertifikat', 'password', 'passwords', 'kantor', 'kanton'], [9, 8, 2, 3, 3]);
    expect(vocabulary.correct('sertifkat')).toBe('sertifikat');
    expect(vocabulary.correct('pasword')).toBe('password');
    expect(vocabulary.correct('kantoo')).toBe('kantoo'); // kantor and kanton: one edit each, as frequent
    expect(vocabulary.correct('passwordd')).toBe('password'); // a doubled key
    expect(vocabulary.correct('srtfkt')).toBe('srtfkt'); // too far
    expect(vocabulary.correct('abc1')).toBe('abc1');
  });

  it.skipIf(!existsSync(SHIPPED_MODEL_PATH))('agrees with a full fuzzy search on misspellings of the whole shipped vocabulary', () => {
    const model = loadShippedModel()!;
    const { twoEditsFrom } = model.featureSettings;
    const vocabulary = new Vocabulary(model.vocabulary, model.vocabularyCounts, twoEditsFrom);
    const tree = new SearchableMap<number>();
    model.vocabulary.forEach((w, i) => tree.set(w, model.vocabularyCounts[i]!));
    let checked = 0;
    for (const word of model.vocabulary.filter((w) => w.length >= 5)) {
      for (const typo of misspellings(word)) {
        expect(vocabulary.correct(typo), typo).toBe(referenceCorrect(tree, typo, twoEditsFrom));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });
});
