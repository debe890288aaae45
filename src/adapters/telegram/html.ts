/**
 * Renders the graph's light markup (`**bold**`, `[label](https://url)`, see src/dialogs/graph.ts)
 * as Telegram HTML. Everything else is escaped, so user- or flow-supplied `<`, `>` and `&` can
 * never break the parse mode (Telegram rejects the whole message on a bad tag).
 */

/** Escapes the three characters Telegram's HTML parse mode reserves in text. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes a value for a double-quoted HTML attribute (link targets). */
export function escapeAttribute(value: string): string {
  return escapeHtml(value).replace(/"/g, '&quot;');
}

const BOLD = /\*\*([\s\S]+?)\*\*/g;
const LINK = /\[([^\]\n]+)\]\(((?:https?|tg):\/\/[^\s)]+)\)/g;

/** Converts light markup to Telegram HTML (bold first, so `**[x](url)**` works). */
export function markupToHtml(markup: string): string {
  let html = '';
  let last = 0;
  for (const match of markup.matchAll(BOLD)) {
    html += linksToHtml(markup.slice(last, match.index));
    html += `<b>${linksToHtml(match[1] ?? '')}</b>`;
    last = match.index + match[0].length;
  }
  return html + linksToHtml(markup.slice(last));
}

function linksToHtml(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    html += escapeHtml(text.slice(last, match.index));
    html += `<a href="${escapeAttribute(match[2] ?? '')}">${escapeHtml(match[1] ?? '')}</a>`;
    last = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}

/** Strips light markup to plain text (for logs, callback answers and other plain-text places). */
export function markupToPlain(markup: string): string {
  return markup.replace(BOLD, '$1').replace(LINK, '$1 ($2)');
}
