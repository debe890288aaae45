/**
 * The classifier's features of a question as the model's feature numbers, for routing.
 *
 * {@link featuresOfRead} is the definition (training uses it): a map from feature names to
 * values. Routing a question that way builds and hashes some sixty strings ("c:#ser", "c:sert",
 * …) and looks each up in the model's table, and most of them were looked up for the previous
 * question already, since the words of helpdesk questions repeat. This indexer looks a name up
 * once per process and remembers each word's character n-grams as numbers, and fills the same
 * values in the same order, so the sums the classifier makes are bit for bit those of the
 * named vector (tests/dialogs/router/feature-index.test.ts checks it on the whole corpus).
 */
import { type FeatureContext, type ReadQuestion, charGrams, questionMarks, stemPair } from './features.js';
import type { FeatureSettings } from './settings.js';
import { type StringTable, indexOfString } from './string-table.js';

/**
 * A sparse vector over the model's features: `indices[0 … count - 1]` are the active feature
 * numbers in the order the named vector lists them, `values[f]` their values (0 elsewhere).
 * Valid until the indexer's next call.
 */
export interface SparseFeatures {
  readonly indices: Int32Array;
  readonly values: Float64Array;
  readonly count: number;
}

/** A word's character n-grams: how many it has, and the numbers of those the model knows, in order. */
interface WordGrams {
  total: number;
  known: Int32Array;
}

// Memo sizes: far above the distinct words and names of a day of questions, a bound against a flood of nonsense.
const MAX_REMEMBERED = 50_000;

/** Turns read questions into {@link SparseFeatures} for one model's feature table. */
export class FeatureIndexer {
  private readonly indices: Int32Array;
  private readonly values: Float64Array;
  private readonly active: Uint8Array;
  private count = 0;
  private readonly numbers = new Map<string, number>();
  // Keyed by the stems themselves, not by "w:stem" and "b:a_b": the stems come from the stem
  // memo, the same strings each time, so no name is built or hashed again for a known word.
  private readonly stems = new Map<string, number>();
  private readonly pairs = new Map<string, Map<string, number>>();
  private readonly grams = new Map<string, WordGrams>();

  /** For a model whose `table` holds `featureCount` names, with the settings and context it was trained with. */
  constructor(
    private readonly table: StringTable,
    featureCount: number,
    private readonly settings: FeatureSettings,
    private readonly context: FeatureContext,
  ) {
    this.indices = new Int32Array(featureCount);
    this.values = new Float64Array(featureCount);
    this.active = new Uint8Array(featureCount);
  }

  /** The features of `read`, as {@link featuresOfRead} gives them, by number. */
  index(read: ReadQuestion): SparseFeatures {
    this.clear();
    const { words, stems } = read;
    const { settings } = this;
    if (words.length === 0) return this.view();
    if (settings.wordWeight !== 0 && stems.length > 0) {
      const value = settings.wordWeight / Math.sqrt(stems.length);
      for (const stem of stems) this.add(this.stemNumber(stem), value);
    }
    if (settings.pairWeight !== 0 && stems.length > 1) {
      const value = settings.pairWeight / Math.sqrt(stems.length - 1);
      for (let i = 1; i < stems.length; i += 1) this.add(this.pairNumber(stems[i - 1]!, stems[i]!), value);
    }
    if (settings.charWeight > 0) {
      const perWord = words.map((w) => this.gramsOf(w));
      const total = perWord.reduce((sum, g) => sum + g.total, 0);
      if (total > 0) {
        const value = settings.charWeight / Math.sqrt(total);
        for (const { known } of perWord) for (let i = 0; i < known.length; i += 1) this.add(known[i]!, value);
      }
    }
    for (const [name, value] of questionMarks(read, settings, this.context)) this.set(this.numberOf(name), value);
    return this.view();
  }

  private view(): SparseFeatures {
    return { indices: this.indices, values: this.values, count: this.count };
  }

  private clear(): void {
    for (let i = 0; i < this.count; i += 1) {
      const f = this.indices[i]!;
      this.values[f] = 0;
      this.active[f] = 0;
    }
    this.count = 0;
  }

  /** Adds `value` to feature `f` (a name the model does not know, -1, counts for nothing, as in the classifier). */
  private add(f: number, value: number): void {
    if (f < 0) return;
    this.activate(f);
    this.values[f]! += value;
  }

  private set(f: number, value: number): void {
    if (f < 0) return;
    this.activate(f);
    this.values[f] = value;
  }

  private activate(f: number): void {
    if (this.active[f] === 1) return;
    this.active[f] = 1;
    this.indices[this.count++] = f;
  }

  private numberOf(name: string): number {
    let f = this.numbers.get(name);
    if (f === undefined) {
      f = indexOfString(this.table, name);
      if (this.numbers.size >= MAX_REMEMBERED) this.numbers.clear();
      this.numbers.set(name, f);
    }
    return f;
  }

  private stemNumber(stem: string): number {
    let f = this.stems.get(stem);
    if (f === undefined) {
      f = indexOfString(this.table, `w:${stem}`);
      if (this.stems.size >= MAX_REMEMBERED) this.stems.clear();
      this.stems.set(stem, f);
    }
    return f;
  }

  private pairNumber(first: string, second: string): number {
    let after = this.pairs.get(first);
    if (after === undefined) {
      if (this.pairs.size >= MAX_REMEMBERED) this.pairs.clear();
      after = new Map();
      this.pairs.set(first, after);
    }
    let f = after.get(second);
    if (f === undefined) {
      f = indexOfString(this.table, `b:${stemPair(first, second)}`);
      after.set(second, f);
    }
    return f;
  }

  private gramsOf(word: string): WordGrams {
    let grams = this.grams.get(word);
    if (grams === undefined) {
      const names = charGrams(word);
      const known = names.map((g) => indexOfString(this.table, `c:${g}`)).filter((f) => f >= 0);
      grams = { total: names.length, known: Int32Array.from(known) };
      if (this.grams.size >= MAX_REMEMBERED) this.grams.clear();
      this.grams.set(word, grams);
    }
    return grams;
  }
}
