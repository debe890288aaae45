/**
 * Turning STRING tokens of the flow language into the text they stand for.
 *
 * `"..."` is a one-line string with backslash escapes; `"""..."""` spans lines and has its
 * common indentation removed, so authors can indent long messages with the code around them.
 */

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', '"': '"', '\\': '\\' };

/** Replaces `\n`, `\t`, `\"` and `\\`; any other escaped character stands for itself. */
export function unescapeFlowString(raw: string): string {
  return raw.replace(/\\(.)/gs, (_match, ch: string) => ESCAPES[ch] ?? ch);
}

/**
 * Removes the indentation shared by all non-blank lines, and the first and last line when they
 * are blank (the lines holding the opening and closing `"""`).
 */
export function dedent(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[0]!.trim() === '') lines.shift();
  if (lines.length > 1 && lines[lines.length - 1]!.trim() === '') lines.pop();
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => (l.trim() === '' ? '' : l.slice(common).trimEnd())).join('\n');
}

/** The value of a STRING token as written in a flow file (quotes included). */
export function flowStringValue(token: string): string {
  if (token.startsWith('"""') && token.endsWith('"""') && token.length >= 6) {
    return unescapeFlowString(dedent(token.slice(3, -3)));
  }
  if (token.startsWith('"') && token.endsWith('"') && token.length >= 2) {
    return unescapeFlowString(token.slice(1, -1));
  }
  return token;
}
