/**
 * Checks on user-facing texts: both languages present exactly once, platform length limits
 * (Telegram 4096 per message, Slack 3000 per section paragraph, 40 per button label) and https
 * links in the `[label](url)` markup.
 */
import { GrammarUtils, type ValidationAcceptor } from 'langium';
import type { LangText, Text } from '../generated/ast.js';
import { describeText } from './describe.js';

/** Telegram's limit on one message. */
export const MAX_MESSAGE_CHARS = 4096;
/** Slack's limit on one section block (one paragraph of a message). */
export const MAX_PARAGRAPH_CHARS = 3000;
/** Longest button label that fits a Telegram keyboard and a Slack button. */
export const MAX_BUTTON_CHARS = 40;

const LANG_NAMES = { id: 'Indonesian', en: 'English' } as const;

/** Characters as code points (not bytes, not UTF-16 units): "é" and "😀" count one each. */
function length(value: string): number {
  return Array.from(value).length;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Characters as a reader sees them: a flag 🇮🇩 or a family emoji counts one, like "é" typed as e + accent. */
function visibleLength(value: string): number {
  let count = 0;
  for (const _ of graphemes.segment(value)) count++;
  return count;
}

/** Exactly one `id` and one `en` entry, neither empty. */
export function checkTextLanguages(text: Text, accept: ValidationAcceptor): void {
  const what = describeText(text);
  for (const lang of ['id', 'en'] as const) {
    const entries = text.entries.filter((e) => e.lang === lang);
    if (entries.length === 0) {
      accept('error', `${what} has no ${LANG_NAMES[lang]} text: add \`${lang} "..."\``, { node: text });
    }
    for (const extra of entries.slice(1)) {
      accept('error', `${what} gives the ${LANG_NAMES[lang]} (\`${lang}\`) text twice: keep one`, { node: extra });
    }
  }
  for (const entry of text.entries) {
    if (entry.value !== undefined && entry.value.trim() === '') {
      accept('error', `${what} has an empty ${LANG_NAMES[entry.lang]} text: write it`, { node: entry, property: 'value' });
    }
  }
}

/** Message and paragraph limits of Telegram and Slack. */
export function checkMessageLength(text: Text, accept: ValidationAcceptor): void {
  const what = describeText(text);
  for (const entry of text.entries) {
    const total = length(entry.value ?? '');
    if (total > MAX_MESSAGE_CHARS) {
      accept('error', `${what} (${entry.lang}) is ${total} characters, over Telegram's ${MAX_MESSAGE_CHARS}: split it into two steps`, { node: entry, property: 'value' });
      continue;
    }
    const paragraphs = (entry.value ?? '').split(/\n[ \t]*\n/);
    paragraphs.forEach((paragraph, i) => {
      const size = length(paragraph);
      if (size > MAX_PARAGRAPH_CHARS) {
        accept('error', `paragraph ${i + 1} of the ${what} (${entry.lang}) is ${size} characters, over Slack's ${MAX_PARAGRAPH_CHARS} per section: add a blank line to split it`, { node: entry, property: 'value' });
      }
    });
  }
}

/** `**bold**` markers must come in pairs, or a channel shows stray asterisks. */
export function checkBoldMarkers(text: Text, accept: ValidationAcceptor): void {
  for (const entry of text.entries) {
    const count = (entry.value ?? '').split('**').length - 1;
    if (count % 2 === 1) {
      accept('warning', `the ${describeText(text)} (${entry.lang}) has an unclosed \`**\` (bold): close it or remove it`, { node: entry, property: 'value' });
    }
  }
}

/** Button labels must fit on a button. */
export function checkButtonLabel(text: Text, accept: ValidationAcceptor): void {
  for (const entry of text.entries) {
    const size = visibleLength(entry.value ?? '');
    if (size > MAX_BUTTON_CHARS) {
      accept('error', `${describeText(text)} (${entry.lang}) is ${size} characters, over the ${MAX_BUTTON_CHARS} a button shows: shorten it and put details in the message`, { node: entry, property: 'value' });
    }
  }
}

const MARKUP_LINK = /\[([^\]\n]*)\]\(([^)\s]*)\)/g;
const BARE_HTTP = /\bhttp:\/\/[^\s)\]"]+/g;

/** Links written in the text markup must be https; so must bare URLs. */
export function checkTextLinks(text: Text, accept: ValidationAcceptor): void {
  for (const entry of text.entries) {
    const value = entry.value ?? '';
    const reported = new Set<string>();
    for (const match of value.matchAll(MARKUP_LINK)) {
      const url = match[2] ?? '';
      if (!url.startsWith('https://')) {
        reported.add(url);
        accept('error', `link '${url}' in the ${describeText(text)} (${entry.lang}) is not https: write [${match[1]}](https://...)`, rangeOf(entry, url));
      }
    }
    for (const match of value.matchAll(BARE_HTTP)) {
      if (reported.has(match[0])) continue;
      accept('error', `link '${match[0]}' in the ${describeText(text)} (${entry.lang}) is not https: use https://`, rangeOf(entry, match[0]));
    }
  }
}

/** The position of `needle` inside the source of a text entry (falls back to the whole string). */
function rangeOf(entry: LangText, needle: string) {
  const cst = GrammarUtils.findNodeForProperty(entry.$cstNode, 'value');
  const doc = cst?.root.astNode.$document;
  const at = cst ? cst.text.indexOf(needle) : -1;
  if (!cst || !doc || at < 0) return { node: entry, property: 'value' as const };
  const start = doc.textDocument.positionAt(cst.offset + at);
  const end = doc.textDocument.positionAt(cst.offset + at + needle.length);
  return { node: entry, range: { start, end } };
}
