/**
 * What Telegram's HTML parse mode accepts (core.telegram.org/bots/api#html-style): only the
 * documented tags, balanced, and only the four named entities (&lt; &gt; &amp; &quot;) plus
 * numeric ones. Returns the plain text length Telegram counts, or an error like the real API's.
 */
const ALLOWED = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'span', 'tg-spoiler', 'a', 'tg-emoji', 'code', 'pre', 'blockquote']);

/** Parses `html` as Telegram would; `error` is the Bot API's description on failure. */
export function parseTelegramHtml(html: string): { text: string } | { error: string } {
  const stack: string[] = [];
  let text = '';
  let i = 0;
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === '<') {
      const end = html.indexOf('>', i);
      if (end < 0) return { error: `Bad Request: can't parse entities: Unclosed start tag at byte offset ${i}` };
      const raw = html.slice(i + 1, end);
      const closing = raw.startsWith('/');
      const name = (closing ? raw.slice(1) : raw).trim().split(/\s+/)[0]!.toLowerCase();
      if (!ALLOWED.has(name)) return { error: `Bad Request: can't parse entities: Unsupported start tag "${name}" at byte offset ${i}` };
      if (closing) {
        if (stack.pop() !== name) return { error: `Bad Request: can't parse entities: Unmatched end tag at byte offset ${i}, expected "</${stack.at(-1) ?? ''}>", found "</${name}>"` };
      } else {
        if (name === 'a' && !/\shref\s*=\s*"[^"]+"/.test(raw)) return { error: `Bad Request: can't parse entities: a tag without href at byte offset ${i}` };
        if (name === 'span' && !/class\s*=\s*"tg-spoiler"/.test(raw)) return { error: `Bad Request: can't parse entities: Tag "span" must have class "tg-spoiler" at byte offset ${i}` };
        stack.push(name);
      }
      i = end + 1;
      continue;
    }
    if (ch === '&') {
      const m = /^&(lt|gt|amp|quot|#\d+|#x[0-9a-f]+);/i.exec(html.slice(i));
      if (!m) return { error: `Bad Request: can't parse entities: Character entity expected at byte offset ${i}` };
      text += m[1] === 'lt' ? '<' : m[1] === 'gt' ? '>' : m[1] === 'amp' ? '&' : m[1] === 'quot' ? '"' : '?';
      i += m[0].length;
      continue;
    }
    if (ch === '>') return { error: `Bad Request: can't parse entities: Unexpected ">" at byte offset ${i}` };
    text += ch;
    i++;
  }
  if (stack.length > 0) return { error: `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "${stack.at(-1)}"` };
  return { text };
}
