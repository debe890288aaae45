/**
 * What the topic classifier sees of a question: a sparse bag of features built from the
 * normalised words ({@link canonicalWords}: case, emphasis, reduplication, slang, then stems).
 *
 * - `w:` word stems and `b:` adjacent stem pairs carry the meaning;
 * - `c:` character 3- and 4-grams of each word make a misspelt word ("sertifkat", "pasword",
 *   "autentikator") share most of its features with the right spelling, so typos are handled
 *   by design instead of by listing them;
 * - a word the vocabulary does not know is first corrected to the closest known word within a
 *   small edit distance (Levenshtein), when exactly one such word is the closest.
 *
 * - `x:foreign-owner` marks a thing the guide also has (a password, PIN, OTP, account,
 *   certificate, ticket…) right beside a word none of the guide's topics uses ("otp tokped",
 *   "lupa pw simpeg", "sertifikat bnsp"): whose thing it is, the model cannot know from the
 *   system's name alone when that name never occurred in training, so the feature says "it
 *   belongs to something else" and the model learns how much that counts.
 *
 * - `x:anchor` counts the question's words that are nearly always about the guide (learnt from
 *   the training data: at least nine in ten of their samples are guide questions), so a long
 *   complaint full of office words still counts as a DS question when it names one;
 * - `x:len1`, `x:len2`, `x:len3`, `x:len4+` say how many content words the question has
 *   (greetings and thanks are short; a greeting before a question does not make it one).
 *
 * Feature values are scaled per kind so a long question does not outweigh a short one.
 */
// The package's ES module build: its main entry is CommonJS, which Node must scan for exports at every start.
import { distance } from 'fastest-levenshtein/esm/mod.js';
import { canonicalWords, stemWord } from './normalizer.js';
import { STOPWORDS } from './slang.js';
import { DEFAULT_ROUTER_SETTINGS, type FeatureSettings } from './settings.js';

/** A sparse feature vector: feature name → value. */
export type FeatureVector = Map<string, number>;


/**
 * Words a typo may be corrected to. A word is compared with the known words whose length and
 * set of letters could be within the edit distance (each edit adds or removes at most one
 * letter of the set, or swaps one for another), and only those get a Levenshtein distance
 * (fastest-levenshtein). The same candidates as a radix-tree walk, without building a tree at
 * every start: a few thousand words need one pass over an array of letter masks.
 */
export class Vocabulary {
  private readonly counts = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly masks: Uint32Array;
  /** `counts` of `words`, by position. */
  private readonly frequency: Uint32Array;
  /** Positions in `words`, shortest words first; words of length n are `byLength[lengthStart[n] … lengthStart[n + 1] - 1]`. */
  private readonly byLength: Uint32Array;
  private readonly lengthStart: Uint32Array;
  private readonly corrections = new Map<string, string | null>();

  /**
   * `words` with how often each was seen (a typo seen twice must not beat the word it
   * misspells); words of `twoEditsFrom` letters or more may be two edits away.
   */
  constructor(words: Iterable<string>, counts?: readonly number[], private readonly twoEditsFrom = 8) {
    let i = 0;
    for (const w of words) {
      if (!this.counts.has(w)) this.words.push(w);
      this.counts.set(w, counts?.[i++] ?? 1);
    }
    this.masks = Uint32Array.from(this.words, letterMask);
    this.frequency = Uint32Array.from(this.words, (w) => this.counts.get(w)!);
    // Only words within the edit distance in length can be that close: bucketed by length, a
    // correction looks at a few lengths' words, not the whole vocabulary.
    const longest = this.words.reduce((n, w) => Math.max(n, w.length), 0);
    this.lengthStart = new Uint32Array(longest + 2);
    for (const w of this.words) this.lengthStart[w.length + 1]! += 1;
    for (let n = 1; n < this.lengthStart.length; n += 1) this.lengthStart[n]! += this.lengthStart[n - 1]!;
    const next = this.lengthStart.slice();
    this.byLength = new Uint32Array(this.words.length);
    this.words.forEach((w, i) => { this.byLength[next[w.length]!++] = i; });
  }

  /**
   * `word` itself when known or too short to correct safely; a known word when one letter of a
   * doubled pair was typed once too often; else the closest known word within distance 1 (5
   * letters or more) or 2 (from `twoEditsFrom` letters), the most frequent of equally close ones;
   * unchanged when two equally close words are equally frequent.
   */
  correct(word: string): string {
    if (word.length < 4 || /\d/.test(word) || this.counts.has(word)) return word;
    const cached = this.corrections.get(word);
    if (cached !== undefined) return cached ?? word;
    // A key pressed twice ("amss", "loginn"): the word with one of the pair dropped, if known.
    const undoubled = this.undoubled(word);
    if (undoubled !== undefined || word.length < 5) {
      if (this.corrections.size < 20_000) this.corrections.set(word, undoubled ?? null);
      return undoubled ?? word;
    }
    const corrected = this.closest(word, word.length >= this.twoEditsFrom ? 2 : 1);
    if (this.corrections.size < 20_000) this.corrections.set(word, corrected);
    return corrected ?? word;
  }

  /**
   * The known word nearest `word` within `maxEdits` (most frequent of the nearest), or null when
   * none or a tie. The answer does not depend on the order words are looked at in.
   */
  private closest(word: string, maxEdits: number): string | null {
    const mask = letterMask(word);
    let best: string | null = null;
    let bestDistance = Infinity;
    let bestCount = 0;
    let tie = false;
    const lengths = this.lengthStart.length - 1;
    const from = this.lengthStart[Math.min(Math.max(word.length - maxEdits, 0), lengths)]!;
    const to = this.lengthStart[Math.min(word.length + maxEdits + 1, lengths)]!;
    for (let k = from; k < to; k += 1) {
      const i = this.byLength[k]!;
      if (bitCount(mask ^ this.masks[i]!) > 2 * maxEdits) continue;
      const candidate = this.words[i]!;
      const d = distance(word, candidate);
      if (d > maxEdits) continue;
      const count = this.frequency[i]!;
      if (d < bestDistance || (d === bestDistance && count > bestCount)) {
        best = candidate;
        bestDistance = d;
        bestCount = count;
        tie = false;
      } else if (d === bestDistance && count === bestCount) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  /** A known word made by dropping one letter of a doubled pair in `word`. */
  private undoubled(word: string): string | undefined {
    for (let i = 1; i < word.length; i += 1) {
      if (word[i] !== word[i - 1]) continue;
      const shorter = word.slice(0, i) + word.slice(i + 1);
      if (this.counts.has(shorter)) return shorter;
    }
    return undefined;
  }
}

/** The set of characters in `word` as 32 bits (characters that share a bit only loosen the filter). */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i += 1) mask |= 1 << (word.charCodeAt(i) & 31);
  return mask >>> 0;
}

function bitCount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/**
 * Things that belong to a system (canonical words after slang): beside an unknown name they
 * are another system's (see `x:foreign-owner`).
 */
const OWNED_THINGS: ReadonlySet<string> = new Set([
  'password', 'pin', 'passphrase', 'otp', 'kode', 'code', 'authenticator', 'akun', 'account', 'username',
  'login', 'sertifikat', 'tte', 'token', 'tiket', 'ticket', 'aplikasi', 'app', 'profil', 'profile', 'email', 'link',
]);

/** What the featuriser knows besides the text: typo targets and the guide topics' own words. */
export interface FeatureContext {
  vocabulary?: Vocabulary;
  /** Words of the guide topics' training text (not of the out-of-scope corpus). */
  topicWords?: ReadonlySet<string>;
  /** Stems nearly always about the guide (see `x:anchor`). */
  anchors?: ReadonlySet<string>;
}

/** The content words of `text` (canonical, stop words and long digit runs dropped). */
export function contentWords(text: string): string[] {
  return canonicalWords(text).filter((w) => !STOPWORDS.has(w) && !(/^\d+$/.test(w) && w.length > 4));
}

/** A question as the router reads it: content words (typos corrected) and their stems. */
export interface ReadQuestion {
  words: string[];
  stems: string[];
}

/** Reads `text` once for both halves of the router. */
export function readQuestion(text: string, vocabulary?: Vocabulary): ReadQuestion {
  const words = contentWords(text).map((w) => (vocabulary ? vocabulary.correct(w) : w));
  return { words, stems: words.map(stemWord) };
}

/** The feature vector of a read question. */
export function featuresOfRead(
  { words, stems }: ReadQuestion,
  settings: FeatureSettings = DEFAULT_ROUTER_SETTINGS.training.features,
  context: FeatureContext = {},
): FeatureVector {
  const { topicWords, anchors } = context;
  const features: FeatureVector = new Map();
  if (words.length === 0) return features;
  const add = (kind: string, names: readonly string[], weight: number): void => {
    if (names.length === 0 || weight === 0) return;
    const value = weight / Math.sqrt(names.length);
    for (const name of names) {
      const key = `${kind}${name}`;
      features.set(key, (features.get(key) ?? 0) + value);
    }
  };
  add('w:', stems, settings.wordWeight);
  const pairs: string[] = [];
  for (let i = 1; i < stems.length; i += 1) pairs.push(`${stems[i - 1]}_${stems[i]}`);
  add('b:', pairs, settings.pairWeight);
  if (settings.charWeight > 0) {
    const grams: string[] = [];
    for (const w of words) {
      if (w.length < 4 || /\d/.test(w)) continue;
      const padded = `#${w}#`;
      for (const n of [3, 4]) for (let i = 0; i + n <= padded.length; i += 1) grams.push(padded.slice(i, i + n));
    }
    add('c:', grams, settings.charWeight);
  }
  if (topicWords && settings.ownerWeight > 0 && hasForeignOwner(words, topicWords)) features.set('x:foreign-owner', settings.ownerWeight);
  if (anchors && settings.anchorWeight > 0) {
    const count = new Set(stems.filter((s) => anchors.has(s))).size;
    if (count > 0) features.set('x:anchor', settings.anchorWeight * Math.min(count, 3) / 3);
  }
  if (settings.lengthWeight > 0) features.set(`x:len${Math.min(stems.length, 4)}`, settings.lengthWeight);
  return features;
}

/** The feature vector of `text`; `context.vocabulary` corrects typos when given. */
export function featuresOf(text: string, settings: FeatureSettings = DEFAULT_ROUTER_SETTINGS.training.features, context: FeatureContext = {}): FeatureVector {
  return featuresOfRead(readQuestion(text, context.vocabulary), settings, context);
}

/** Whether an owned thing stands beside a word no guide topic uses. */
function hasForeignOwner(words: readonly string[], topicWords: ReadonlySet<string>): boolean {
  const foreign = (w: string | undefined): boolean => w !== undefined && w.length > 2 && !/\d/.test(w) && !topicWords.has(w) && !OWNED_THINGS.has(w);
  return words.some((w, i) => OWNED_THINGS.has(w) && (foreign(words[i - 1]) || foreign(words[i + 1])));
}

/** The stems a question is matched on by the nearest-neighbour vote (typos corrected). */
export function stemsOf(text: string, vocabulary?: Vocabulary): string[] {
  return readQuestion(text, vocabulary).stems;
}
