/**
 * Yes/no answers as people type them: "ya", "iya", "udah", "sudah pak", "y" vs "tidak",
 * "gak", "belum", "no". Slang goes through the router's lexicon first (udh → sudah, gk → tidak).
 */
import { canonicalWords } from '../router/normalizer.js';
import { problem, type Problem } from './problem.js';

const YES = new Set(['ya', 'yes', 'sudah', 'iya', 'y', 'yup', 'yep', 'yeah', 'ok', 'oke', 'okay', 'benar', 'betul', 'sip', 'siap', 'done', 'already', 'pernah', 'bisa', 'berhasil', 'true']);
const NO = new Set(['tidak', 'no', 'belum', 'n', 'nope', 'bukan', 'not', 'yet', 'salah', 'gagal', 'never', 'false', 'enggak']);

/** 'yes', 'no', or null when the answer is neither (or both). */
export function parseConfirm(text: string): 'yes' | 'no' | null {
  const words = canonicalWords(text);
  let yes = false;
  let no = false;
  // "tidak bisa" / "belum berhasil" / "not yet" are one "no", not a yes and a no.
  words.forEach((w, i) => {
    const negated = i > 0 && NO.has(words[i - 1]!);
    if (NO.has(w)) no = true;
    else if (YES.has(w)) (negated ? (no = true) : (yes = true));
  });
  if (yes === no) return null;
  return yes ? 'yes' : 'no';
}

/** Problems of a yes/no answer (empty when it is clearly one of them). */
export function confirmProblems(text: string): Problem[] {
  return parseConfirm(text)
    ? []
    : [problem('Jawab dengan "ya" atau "tidak" (boleh juga "sudah" atau "belum").', 'Please answer "yes" or "no".')];
}
