/**
 * The graph's light markup (`**bold**`, `[label](url)`) rendered as Slack mrkdwn, and as plain
 * text for the `text` fallback Slack shows in notifications and screen readers.
 */

/** Slack's three control characters; everything else is literal in mrkdwn. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const LINK = /\[([^\]\n]+)\]\(([^)\s]+)\)/g;
const BOLD = /\*\*(.+?)\*\*/g;

/** Light markup → mrkdwn: escapes first, so user-supplied `<!channel>` can never ping anyone. */
export function toMrkdwn(markup: string): string {
  return escapeMrkdwn(markup)
    // `|` inside a label would end it early; Slack has no escape for it, a look-alike keeps the meaning.
    .replace(LINK, (_m, label: string, url: string) => `<${url}|${label.replace(/\|/g, '¦')}>`)
    .replace(BOLD, (_m, inner: string) => `*${inner}*`);
}

/** Light markup → plain text (links keep their address so nothing is lost without formatting). */
export function toPlainText(markup: string): string {
  return markup
    .replace(LINK, (_m, label: string, url: string) => (label === url ? url : `${label} (${url})`))
    .replace(BOLD, (_m, inner: string) => inner);
}

/**
 * Splits text into pieces of at most `max` characters, preferring paragraph, then line, then
 * word boundaries, so a Slack section (3000 characters) never has to truncate.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = window.lastIndexOf('\n\n');
    if (cut < max / 3) cut = window.lastIndexOf('\n');
    if (cut < max / 3) cut = window.lastIndexOf(' ');
    if (cut < max / 3) cut = max;
    // Never cut inside an escape like `&amp;` or a `<url|label>` link when a boundary exists before it.
    const open = window.lastIndexOf('<', cut);
    if (open > window.lastIndexOf('>', cut) && open > max / 3) cut = open;
    const amp = window.lastIndexOf('&', cut);
    if (amp > cut - 5 && amp > 0 && !window.slice(amp, cut).includes(';')) cut = amp;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^\s+/, '');
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces.filter((p, i) => p.length > 0 || i === 0);
}
