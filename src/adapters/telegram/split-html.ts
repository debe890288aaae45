/**
 * Splits Telegram HTML into messages of at most `limit` characters (Telegram: 4096), preferring
 * paragraph, then line, then word boundaries. Never cuts inside a tag, an entity or a surrogate
 * pair; tags open at a cut are closed at the end of one part and reopened at the start of the
 * next, so every part is valid HTML on its own.
 */

/** Telegram's maximum message text length. */
export const TELEGRAM_TEXT_LIMIT = 4096;

interface Cut {
  index: number;
  open: string[];
}

/** Splits `html` (as produced by markupToHtml) into valid parts of at most `limit` characters. */
export function splitHtml(html: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  const parts: string[] = [];
  let rest = html;
  while (rest.length > limit) {
    const cut = findCut(rest, limit);
    const closers = cut.open.map(closingTag).reverse().join('');
    const head = rest.slice(0, cut.index).trimEnd() + closers;
    if (visibleLength(head) > 0) parts.push(head);
    rest = cut.open.join('') + rest.slice(cut.index).replace(/^\s+/, '');
  }
  if (visibleLength(rest) > 0) parts.push(parts.length > 0 ? rest.trimEnd() : rest);
  return parts;
}

/** Finds the best cut at or before `limit` (counting the closing tags the cut needs). */
function findCut(text: string, limit: number): Cut {
  // `open` is replaced, never mutated, so a remembered cut can share it without copying.
  let open: string[] = [];
  let closersLength = 0;
  const best: { paragraph?: Cut; line?: Cut; word?: Cut; any?: Cut } = {};
  let i = 0;
  while (i < text.length && i + closersLength <= limit) {
    if (i > 0) {
      const here: Cut = { index: i, open };
      best.any = here;
      if (text[i] === '\n' && text[i - 1] === '\n') best.paragraph = here;
      else if (text[i] === '\n') best.line = here;
      else if (text[i] === ' ') best.word = here;
    }
    const ch = text[i];
    const end = ch === '<' ? text.indexOf('>', i) : -1;
    if (end > i) {
      const tag = text.slice(i, end + 1);
      open = tag.startsWith('</') ? open.slice(0, -1) : [...open, tag];
      closersLength = open.reduce((sum, t) => sum + closingTag(t).length, 0);
      i = end + 1;
    } else if (ch === '&') {
      const semicolon = text.indexOf(';', i);
      i = semicolon > i && semicolon - i <= 8 ? semicolon + 1 : i + 1;
    } else {
      const code = text.charCodeAt(i);
      i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    }
  }
  // A boundary far back would leave a tiny part; only prefer it when it keeps half the room.
  const roomy = (cut?: Cut) => (cut && cut.index >= limit / 2 ? cut : undefined);
  const chosen = roomy(best.paragraph) ?? roomy(best.line) ?? roomy(best.word) ?? best.word ?? best.any;
  // A single unbreakable atom longer than the limit cannot happen with our markup; cut hard.
  return chosen && chosen.index > 0 ? chosen : { index: Math.min(limit, text.length), open: [] };
}

function closingTag(openTag: string): string {
  const name = /^<([a-z]+)/i.exec(openTag)?.[1] ?? 'b';
  return `</${name}>`;
}

/** Length of the text a user sees (tags removed, entities counted as one). */
function visibleLength(html: string): number {
  return html.replace(/<[^>]*>/g, '').replace(/&[a-z]+;/g, '_').trim().length;
}
