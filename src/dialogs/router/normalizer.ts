/**
 * Text normalisation shared by the router's index and its questions: case, punctuation,
 * emoji, repeated letters ("tolonggg"), reduplication ("selesai2", "kata-kata"), slang and
 * abbreviations ({@link SLANG}, {@link PHRASES}), then stemming (Indonesian first, English
 * for words the Indonesian stemmer leaves alone).
 */
import { stemmer as stemIndonesian } from '@orama/stemmers/indonesian';
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { LOAN_VERBS, NOT_IN_SUFFIXED, PHRASES, SLANG, STOPWORDS } from './slang.js';

/** Longest input the router looks at; longer text is cut (a question is never this long). */
export const MAX_ROUTED_CHARS = 2_000;

// All phrases in one alternation (longest first), so a question is scanned once.
const PHRASE_TO = new Map(PHRASES);
const PHRASE_PATTERN = new RegExp(
  `(^| )(${[...PHRASE_TO.keys()].sort((a, b) => b.length - a.length).join('|')})(?= |$)`, 'g');

/**
 * Lower-cases and cleans `text` into space-separated words with slang expanded, before
 * stemming. Keeps digits ("15.1" becomes "15_1" so the service number stays one word).
 */
export function canonicalWords(text: string): string[] {
  let s = text.slice(0, MAX_ROUTED_CHARS).normalize('NFKC').toLowerCase();
  s = s.replace(/(\d+)[.,](\d+)/g, '$1_$2');
  // English negations become the Indonesian one, so "didn't arrive" meets "tidak masuk".
  s = s.replace(/\b(can['’]?t|cannot)\b/g, 'tidak bisa').replace(/n['’]t\b/g, ' tidak');
  // Reduplication: "selesai2" / "selesai-selesai" mean "selesai" for routing purposes.
  s = s.replace(/([a-z]{2,})2(?![0-9])/g, '$1');
  s = s.replace(/\b([a-z]{2,})-\1\b/g, '$1');
  s = s.replace(/[^\p{L}\p{N}_]+/gu, ' ');
  // Three or more of the same letter are emphasis ("tolonggg", "pleaseee").
  s = s.replace(/([a-z])\1{2,}/g, '$1');
  // A doubled final vowel or h is chat emphasis too ("haii", "makasihh"); "free", "pass" stay.
  s = s.replace(/([aiouh])\1(?![\p{L}\p{N}])/gu, '$1');
  s = s.replace(/ +/g, ' ').trim();
  s = s.replace(PHRASE_PATTERN, (_m, lead: string, phrase: string) => lead + PHRASE_TO.get(phrase)!);
  const words: string[] = [];
  for (const raw of s.split(' ')) {
    if (!raw) continue;
    for (const w of canonicalWord(raw)) words.push(w);
  }
  // Slang can complete a phrase ("tanda tgn elektronik"): one more phrase pass.
  const joined = words.join(' ');
  const again = joined.replace(PHRASE_PATTERN, (_m, lead: string, phrase: string) => lead + PHRASE_TO.get(phrase)!);
  return again === joined ? words : again.split(' ');
}

// Chat words repeat from one question to the next: each is looked up in the lexicon and matched
// against the suffix patterns once per process.
const wordCache = new Map<string, readonly string[]>();

/** One cleaned word as canonical words (slang and abbreviations expanded, chat morphology undone). */
function canonicalWord(raw: string): readonly string[] {
  const cached = wordCache.get(raw);
  if (cached !== undefined) return cached;
  const mapped = (SLANG.get(raw) ?? slangWithSuffix(raw) ?? colloquialBase(raw) ?? raw).split(' ');
  if (wordCache.size >= 50_000) wordCache.clear();
  wordCache.set(raw, mapped);
  return mapped;
}

/** "pwnya", "ttdku", "hpmu": a slang word with a possessive suffix is the slang word. */
function slangWithSuffix(word: string): string | undefined {
  const m = /^(.{2,}?)(nya|ku|mu)$/.exec(word);
  return m ? SLANG.get(m[1]!) : undefined;
}

/**
 * Jakarta chat morphology the Indonesian stemmer does not know: "-in" for "-kan"
 * ("masukin" → "masukkan", "gantiin" → "ganti") and native prefixes on English verbs
 * ("discan", "keupload", "ngeprint", "ketandatangan").
 */
export function colloquialBase(word: string): string | undefined {
  const prefixed = /^(di|ke|nge|ng|meng|men|me)([a-z]{3,})$/.exec(word);
  if (prefixed) {
    const rest = prefixed[2]!;
    const root = rest.replace(/(nya|in|kan)$/, '');
    for (const r of [rest, root]) {
      if (LOAN_VERBS.has(r)) return r;
      const slang = SLANG.get(r);
      if (slang) return slang;
    }
  }
  if (word.length >= 6 && word.endsWith('in') && !NOT_IN_SUFFIXED.has(word)) {
    const base = word.slice(0, -2);
    const slang = SLANG.get(base);
    if (slang) return slang;
    if (LOAN_VERBS.has(base)) return base;
    // "gantiin", "isiin": the doubled i belongs to the root.
    return base.endsWith('i') ? base : `${base}kan`;
  }
  return undefined;
}

const stemCache = new Map<string, string>();

/** Stems one canonical word (memoised: the vocabulary of helpdesk questions is small). */
export function stemWord(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  let stem = word;
  if (/^[a-z]{4,}$/.test(word)) {
    stem = stemIndonesian(word);
    if (stem === word) stem = stemEnglish(word);
    if (stem.length < 3) stem = word;
  }
  if (stemCache.size < 50_000) stemCache.set(word, stem);
  return stem;
}

/**
 * The routing terms of `text`: canonical words without stop words and long digit runs
 * (NIP/NIK/phone numbers say nothing about the topic), stemmed.
 */
export function routingTerms(text: string): string[] {
  const terms: string[] = [];
  for (const w of canonicalWords(text)) {
    if (STOPWORDS.has(w)) continue;
    if (/^\d+$/.test(w) && w.length > 4) continue;
    terms.push(stemWord(w));
  }
  return terms;
}
