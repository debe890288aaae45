/**
 * What a person typed in Slack, as plain text for the engine. Slack encodes `&`, `<`, `>` and
 * auto-formats links, e-mail addresses and mentions (`<mailto:a@b.id|a@b.id>`, `<@U123>`); the
 * validators must see exactly what the user typed.
 */

/** Decodes Slack's message formatting back to plain text; mentions of the bot are dropped. */
export function plainFromSlack(text: string, botUserId?: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_m, inner: string) => decodeToken(inner, botUserId))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

function decodeToken(inner: string, botUserId?: string): string {
  const [target = '', label] = inner.split('|', 2);
  if (target.startsWith('@')) {
    if (botUserId && target.slice(1) === botUserId) return '';
    return label ? `@${label}` : target;
  }
  if (target.startsWith('#')) return label ? `#${label}` : target;
  if (target.startsWith('!')) return label ?? '';
  if (target.startsWith('mailto:')) return label ?? target.slice('mailto:'.length);
  if (target.startsWith('tel:')) return label ?? target.slice('tel:'.length);
  // A bare link Slack auto-detected: its label is what the user typed (e.g. `sso.kemenkeu.go.id`).
  return label ?? target;
}

/** True when the text mentions the given user (`<@U123>` or `<@U123|name>`). */
export function mentions(text: string | undefined, userId: string | undefined): boolean {
  if (!text || !userId) return false;
  return text.includes(`<@${userId}>`) || text.includes(`<@${userId}|`);
}
