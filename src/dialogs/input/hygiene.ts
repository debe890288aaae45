/**
 * Cleans raw user text before the engine looks at it: strips control characters, bounds the
 * length, and classifies input that carries no words (empty, emoji only, binary garbage) so the
 * engine can answer it clearly instead of routing noise.
 */

/** Longest text the engine processes; longer input is cut (the user is told). */
export const MAX_INPUT_CHARS = 2000;

/** The outcome of cleaning one inbound text. */
export type CleanText =
  | { kind: 'ok'; text: string; truncated: boolean }
  | { kind: 'empty' | 'emoji-only' | 'unreadable' };

// C0/C1 controls except tab and newline; also the replacement char and zero-width marks,
// which binary data and copy-paste leave behind.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFD\uFFFE\uFFFF\u200B-\u200F\u2028\u2029\uFEFF]/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Cleans `raw` and says whether anything readable is left. Never throws. */
export function cleanText(raw: string): CleanText {
  const original = raw.length > MAX_INPUT_CHARS * 4 ? raw.slice(0, MAX_INPUT_CHARS * 4) : raw;
  const junk = (original.match(CONTROL)?.length ?? 0) + (original.match(LONE_SURROGATE)?.length ?? 0);
  const stripped = original.replace(CONTROL, ' ').replace(LONE_SURROGATE, ' ');
  const text = stripped.replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
  if (text.length === 0) return { kind: junk > 0 ? 'unreadable' : 'empty' };
  // Mostly junk characters: a binary blob pasted or a broken encoding.
  if (junk > 0 && junk / original.length > 0.2) return { kind: 'unreadable' };
  if (!/[\p{L}\p{N}]/u.test(text)) return { kind: 'emoji-only' };
  const truncated = text.length > MAX_INPUT_CHARS;
  return { kind: 'ok', text: truncated ? text.slice(0, MAX_INPUT_CHARS) : text, truncated: truncated || raw.length > original.length };
}

/** Lower-case words of `text` (letters and digits only), repeated letters collapsed ("udahhh" → "udah"). */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/(\p{L})\1{2,}/gu, '$1')
    .split(' ')
    .filter((w) => w.length > 0);
}
