/**
 * Matches free text typed at a choice to one of the offered options, in both languages:
 * the button number ("1"), the label or option id, the option's synonyms, and the yes/no
 * families ("sudah", "udah", "ya", "yes" / "belum", "tidak", "nggak", "no").
 */
import type { Option } from '../graph.js';
import { words } from '../input/hygiene.js';
import { canonicalWords, stemWord } from '../router/normalizer.js';

const YES = new Set(['ya', 'iya', 'y', 'yes', 'yup', 'yep', 'sudah', 'udah', 'udh', 'sdh', 'done', 'ok', 'oke', 'okay',
  'benar', 'betul', 'bener', 'berhasil', 'sukses', 'pernah', 'already', 'ada', 'sip']);
const NO = new Set(['tidak', 'tdk', 'gak', 'ga', 'nggak', 'ngga', 'enggak', 'engga', 'belum', 'blm', 'belom', 'no', 'nope',
  'n', 'not', 'gagal', 'never', 'bukan', 'tak', 'failed', 'nothing']);

type Family = 'yes' | 'no';

/** Words that, after a negation, say "I don't know" ("ga tau", "tidak yakin", "not sure"), not "no". */
const KNOW = new Set(['tahu', 'tau', 'tw', 'tao', 'ngerti', 'mengerti', 'paham', 'yakin', 'know', 'sure']);
/** Words that say "I don't know" on their own. */
const UNSURE = new Set(['idk', 'dunno', 'entah', 'entahlah', 'ntah', 'bingung', 'embuh', 'gatau', 'gatao', 'gktau', 'gtau', 'gatw', 'gtw', 'gktw']);
/** Words before a know-word that negate it: the no-words plus "don't" and "kurang" ("kurang tahu"). */
const NOT_KNOWING = new Set([...NO, "don't", 'dont', 'kurang', 'kagak', 'ora', 'teu']);

/**
 * Whether `typed` says the user does not know which option applies ("hmm ga tau deh", "not
 * sure", "bingung"). Its negation is about knowing, not an answer: "ga tau" is not "Tidak".
 */
function saysUnsure(typed: readonly string[]): boolean {
  return typed.some((w, i) => UNSURE.has(w) || (KNOW.has(w) && i > 0 && NOT_KNOWING.has(typed[i - 1]!))
    || (w === 'no' && typed[i + 1] === 'idea'));
}

/** Words in the longest reply still read as naming an option by one of its phrases. */
export const SHORT_ANSWER_WORDS = 5;

/**
 * Words and stems of the graph's own phrases (option ids, labels, synonyms) are computed once:
 * they never change while the process runs, and normalising them again on every turn was the
 * engine's largest cost. Only graph phrases are cached (never user text), bounded anyway.
 */
const PHRASE_CACHE_LIMIT = 10_000;
const phraseWordCache = new Map<string, string[]>();
const phraseStemCache = new Map<string, string[]>();
function cached(cache: Map<string, string[]>, phrase: string, compute: (p: string) => string[]): string[] {
  let hit = cache.get(phrase);
  if (hit === undefined) {
    if (cache.size >= PHRASE_CACHE_LIMIT) cache.clear();
    hit = compute(phrase);
    cache.set(phrase, hit);
  }
  return hit;
}
const phraseWords = (phrase: string): string[] => cached(phraseWordCache, phrase, words);
const phraseStems = (phrase: string): string[] => cached(phraseStemCache, phrase, stems);

function familyOfWord(word: string | undefined): Family | undefined {
  if (word === undefined) return undefined;
  if (YES.has(word)) return 'yes';
  if (NO.has(word)) return 'no';
  return undefined;
}

/** The yes/no family of an option, from its id or the first word of its labels. */
function familyOfOption(option: Option): Family | undefined {
  return familyOfWord(phraseWords(option.id)[0])
    ?? familyOfWord(phraseWords(option.label.id)[0])
    ?? familyOfWord(phraseWords(option.label.en)[0]);
}

/** Every phrase that selects `option` when typed exactly (normalised). */
function vocabulary(option: Option): string[] {
  return [option.id, option.label.id, option.label.en, ...option.synonyms].map((p) => phraseWords(p).join(' '));
}

/**
 * The index of the option `text` selects, or undefined when none does clearly.
 * Exact phrase beats yes/no family beats a unique keyword inside a short answer.
 */
export function matchOption(options: readonly Option[], text: string): number | undefined {
  const typed = words(text);
  const phrase = typed.join(' ');
  if (phrase.length === 0) return undefined;
  const number = /^\d{1,2}$/.test(phrase) ? Number(phrase) : NaN;
  if (number >= 1 && number <= options.length) return number - 1;

  const exact = options.findIndex((o) => vocabulary(o).includes(phrase));
  if (exact >= 0) return exact;
  if (saysUnsure(typed)) return undefined;

  // "sudah, belum masuk": a phrase of two words or more that one option names ("belum masuk")
  // says more than the yes-word the answer happens to start with.
  const named = typed.length <= SHORT_ANSWER_WORDS ? optionsNaming(options, typed, (v) => {
    const ws = v.split(' ');
    return ws.length >= 2 && !ws.every((w) => familyOfWord(w) !== undefined);
  }) : [];
  if (named.length === 1) return named[0];

  // Yes/no family of the answer's first word, when exactly one option has that family.
  const family = familyOfWord(typed[0]) ?? (typed[0] === 'not' || typed[0] === 'no' ? 'no' : undefined);
  if (family && typed.length <= 4) {
    const hits = options.map((o, i) => (familyOfOption(o) === family ? i : -1)).filter((i) => i >= 0);
    if (hits.length === 1) return hits[0];
  }

  // A short answer containing one option's phrase (e.g. "sudah dong", "yang email").
  if (typed.length <= SHORT_ANSWER_WORDS) {
    const negated = typed.some((w) => NO.has(w));
    // "udh coba ulang ttp error": in a longer answer a lone yes/no word ("udh") is not the answer.
    const familyWordCounts = typed.length <= 3;
    // "tetap ga ada": a negation in the answer means its yes-word ("ada") does not pick a yes option.
    const hitsWith = (familyWords: boolean): number[] => optionsNaming(options, typed,
      (v) => !(negated && YES.has(v)) && (familyWords || familyOfWord(v) === undefined));
    const hits = hitsWith(familyWordCounts);
    if (hits.length === 1) return hits[0];
    // "linknya sudah kedaluwarsa": "sudah" meets "Sudah klik Kirim" as a yes-word, "kedaluwarsa"
    // meets "Link sudah kedaluwarsa" as a content word; the content word says which.
    if (hits.length > 1 && familyWordCounts) {
      const content = hitsWith(false);
      if (content.length === 1) return content[0];
    }
  }
  return undefined;
}

/** The options one of whose phrases (`accepts` it, two letters or more) occurs whole in the answer. */
function optionsNaming(options: readonly Option[], typed: readonly string[], accepts: (phrase: string) => boolean): number[] {
  const padded = ` ${typed.join(' ')} `;
  return options
    .map((o, i) => (vocabulary(o).some((v) => v.length > 1 && padded.includes(` ${v} `) && accepts(v)) ? i : -1))
    .filter((i) => i >= 0);
}

/** Whether `text` says yes, no, or neither (for `confirm` prompts). */
export function matchYesNo(text: string): Family | undefined {
  const typed = words(text);
  if (typed.length === 0 || typed.length > 4 || saysUnsure(typed)) return undefined;
  return familyOfWord(typed[0]);
}

const ACK = new Set(['baik', 'siap', 'mantap', 'noted', 'oce', 'okey', 'okay', 'oke', 'ok', 'sip', 'good', 'great', 'fine', 'alright', 'paham', 'mengerti']);

/** Whether `text` is a short acknowledgement ("ok", "baik", "siap", "ya sudah") rather than a question. */
export function isAcknowledgement(text: string): boolean {
  const typed = words(text);
  if (typed.length === 0 || typed.length > 3) return false;
  return typed.every((w) => ACK.has(w) || YES.has(w) || w === 'deh' || w === 'kalau' || w === 'begitu' || w === 'gitu');
}

const THANKS = new Set(['makasih', 'makasi', 'mksh', 'mks', 'maksih', 'trims', 'trimakasih', 'terimakasih', 'thanks', 'thank', 'thx',
  'tq', 'ty', 'tengkyu', 'nuhun', 'suwun', 'matur', 'kasih', 'terima', 'you', 'banyak', 'a', 'lot', 'so', 'much', 'min', 'mas',
  'mbak', 'pak', 'bu', 'kak', 'ya', 'yaa', 'ok', 'oke', 'sip', 'infonya', 'info', 'nya', 'atas', 'for', 'the', 'help', 'bantuannya']);
const THANKS_CORE = /\b(makasih|makasi|mksh|maksih|trims|trimakasih|terimakasih|terima kasih|thanks|thank you|thx|tq|tengkyu|nuhun|suwun|matur nuwun)\b/;

/**
 * Whether `text` is only a thank-you ("makasih", "terima kasih ya", "thanks a lot"), said while
 * a step waits: it deserves a "you're welcome", not "I didn't catch your choice".
 */
export function isThanks(text: string): boolean {
  const typed = words(text);
  if (typed.length === 0 || typed.length > 6) return false;
  return THANKS_CORE.test(typed.join(' ')) && typed.every((w) => THANKS.has(w));
}

/** Words that carry no choice on their own ("saya mau yang ..."). */
const FILLER_WORDS = new Set(['saya', 'aku', 'mau', 'yang', 'dong', 'deh', 'aja', 'saja', 'ini', 'itu', 'the', 'i', 'want', 'to', 'a', 'please', 'tolong', 'min', 'pak', 'bu', 'kak']);

/** One token for every negation ("ga", "nothing", "no", "belum"), so "still nothing" meets "Still no email". */
const NEGATION = '¬';

/** Normalised, stemmed content words; every negation becomes one token before stemming ("nothing" is not "noth"). */
function stems(text: string): string[] {
  return canonicalWords(text).filter((w) => !FILLER_WORDS.has(w)).map((w) => (NO.has(w) ? NEGATION : stemWord(w)));
}

/** Edit distance ≤ 1 for words of five letters or more (one typo: "regstrasi"). */
function nearWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  const rest = (x: string, skip: number): string => x.slice(i + skip);
  return rest(a, 1) === rest(b, 1) || rest(a, 1) === rest(b, 0) || rest(a, 0) === rest(b, 1);
}

/**
 * A looser match for free text that {@link matchOption} did not place: after normalisation
 * (slang expanded, stemmed, one typo allowed), the share of a label's or synonym's words the
 * text contains. The best option wins only with at least half its words present and a clear
 * lead over the next one; otherwise undefined (asking again beats guessing).
 */
export function matchOptionLoosely(options: readonly Option[], text: string): number | undefined {
  return looseOptionMatch(options, text)?.index;
}

/**
 * {@link matchOptionLoosely} with how much of the text the winning option explains: the share
 * of the text's content words that occur in its labels or synonyms ("link sudah kedaluwarsa":
 * all; "sertifikat saya sudah expired gimana perpanjangnya": one word in five).
 */
export function looseOptionMatch(options: readonly Option[], text: string): { index: number; coverage: number } | undefined {
  const typed = stems(text);
  const plain = words(text);
  if (typed.length === 0 || typed.length > 8 || saysUnsure(plain)) return undefined;
  // "tetap ga ada": with a negation in the text, a phrase made only of yes-words ("ada") says nothing.
  const negated = typed.includes(NEGATION) || plain.some((w) => NO.has(w));
  const scores = options.map((o) => Math.max(0, ...[o.label.id, o.label.en, ...o.synonyms].map((phrase) => {
    const want = phraseStems(phrase);
    if (want.length === 0) return 0;
    if (negated && phraseWords(phrase).every((w) => YES.has(w))) return 0;
    // A yes/no word alone ("sudah", "tidak") answers a short reply, not a sentence that says more.
    if (typed.length > 3 && phraseWords(phrase).every((w) => familyOfWord(w) !== undefined)) return 0;
    return want.filter((w) => typed.some((t) => nearWord(t, w))).length / want.length;
  })));
  const best = Math.max(...scores);
  const winners = scores.filter((s) => s === best).length;
  const second = Math.max(0, ...scores.filter((s) => s !== best));
  if (best < 0.5 || winners !== 1 || best - second < 0.25) return undefined;
  const index = scores.indexOf(best);
  const option = options[index]!;
  const known = [option.label.id, option.label.en, ...option.synonyms].flatMap(phraseStems);
  const explained = typed.filter((t) => known.some((w) => nearWord(t, w))).length;
  return { index, coverage: explained / typed.length };
}

const AFFIRMATIVE_EXTRA = new Set(['boleh', 'mau', 'lanjut', 'lanjutkan', 'gas', 'silakan', 'silahkan', 'sure', 'please', 'tentu', 'buat', 'bikin']);

/** Whether `text` is a short "yes, go on" ("iya", "ok boleh", "ya lanjut", "sure"). */
export function isAffirmative(text: string): boolean {
  const typed = words(text);
  if (typed.length === 0 || typed.length > 3) return false;
  const first = typed[0]!;
  return (YES.has(first) || AFFIRMATIVE_EXTRA.has(first)) && typed.every((w) => YES.has(w) || AFFIRMATIVE_EXTRA.has(w) || FILLER_WORDS.has(w) || ACK.has(w));
}

/** Whether `text` is a short "no" ("tidak", "ga usah", "no thanks"). */
export function isNegative(text: string): boolean {
  const typed = words(text);
  return typed.length > 0 && typed.length <= 4 && familyOfWord(typed[0]) === 'no' && !saysUnsure(typed);
}

/** Whether `text` is a short "I don't know" ("ga tau", "hmm tidak yakin", "not sure", "bingung"). */
export function isUnsureAnswer(text: string): boolean {
  const typed = words(text);
  return typed.length > 0 && typed.length <= SHORT_ANSWER_WORDS && saysUnsure(typed);
}
