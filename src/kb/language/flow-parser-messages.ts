/**
 * Syntax error messages that read like advice. Chevrotain lists every possible token sequence
 * (twenty lines for "a name"); we name the few things that may come next.
 */
import { DefaultLexerErrorMessageProvider, LangiumParserErrorMessageProvider } from 'langium';

type Base = LangiumParserErrorMessageProvider;
type TokenLike = { name: string; LABEL?: string };
type Found = { image: string };

/** Keywords the grammar also accepts as names; listing them beside "a name" is noise. */
const NAME_KEYWORDS = /^[a-z][a-z-]*$/;

function describe(token: TokenLike): string {
  if (token.name === 'NAME') return 'a name';
  if (token.name === 'STRING') return 'a "string"';
  if (token.name === 'EOF') return 'the end of the file';
  return `\`${token.LABEL ?? token.name.replace(/:KW$/, '')}\``;
}

function expectedList(firstTokens: TokenLike[]): string {
  const names = [...new Set(firstTokens.map(describe))];
  const hasName = names.includes('a name');
  const shown = hasName ? names.filter((n) => !(n.startsWith('`') && NAME_KEYWORDS.test(n.slice(1, -1)))) : names;
  if (hasName && !shown.includes('a name')) shown.push('a name');
  return shown.length === 1 ? shown[0]! : `one of ${shown.join(', ')}`;
}

/** What the grammar rules are called in messages. */
const RULE_NAMES: Record<string, string> = {
  Name: '', EndDecl: '`end`', PromptKind: 'the kind of `ask`', FieldRule: 'the `check` rule',
  Target: 'a target', Condition: 'a `when` condition', Lang: 'a language', Text: 'a text',
};

/** ` in <rule>` for messages, or nothing where the rule says no more than "a name". */
function inRule(name: string): string {
  const plain = name.replace(/[\u200B-\u200D\uFEFF]/g, ''); // Chevrotain's names carry a marker
  const label = RULE_NAMES[plain] ?? plain;
  return label ? ` in ${label}` : '';
}

function found(actual: Found | undefined): string {
  return !actual || actual.image === '' ? 'the end of the file' : `\`${actual.image}\``;
}

/** Parser messages of the flow language. */
export class FlowParserErrorMessages extends LangiumParserErrorMessageProvider {
  override buildMismatchTokenMessage(options: Parameters<Base['buildMismatchTokenMessage']>[0]): string {
    const expected = describe(options.expected);
    const actual = options.actual.image;
    const blockStart = actual === 'topic' || actual === 'template' || actual === 'menu';
    if (expected === 'the end of the file') {
      // Between blocks only `topic`, `template` and `menu` may start something.
      const why = actual === '}'
        ? 'this `}` closes nothing (one `}` too many, or a `{` is missing above)'
        : 'a flow file holds `topic`, `template` and `menu` blocks (check the spelling)';
      return `syntax error: unexpected ${found(options.actual)}: ${why}`;
    }
    const hint =
      expected !== '`}`' ? ''
      : actual === '' ? ': a closing `}` is missing at the end of the file'
      : blockStart ? ': a closing `}` is missing before this point'
      : /^[a-z]{2}$/.test(actual) && actual !== 'no' && actual !== 'is'
      ? `: \`${actual}\` is not a language of the guide (texts are \`id "..."\` and \`en "..."\`), or a \`}\` is missing before it`
      : `: \`${actual}\` does not belong here (check the spelling, or a \`}\` is missing before it)`;
    return `syntax error: expected ${expected} but found ${found(options.actual)}${hint}`;
  }

  override buildNoViableAltMessage(options: Parameters<Base['buildNoViableAltMessage']>[0]): string {
    const firsts = options.expectedPathsPerAlt.flatMap((alt) => alt.map((path) => path[0]).filter((t): t is TokenLike => !!t));
    return `syntax error${inRule(options.ruleName)}: expected ${expectedList(firsts)} but found ${found(options.actual[0])}`;
  }

  override buildEarlyExitMessage(options: Parameters<Base['buildEarlyExitMessage']>[0]): string {
    const firsts = options.expectedIterationPaths.map((path) => path[0]).filter((t): t is TokenLike => !!t);
    return `syntax error${inRule(options.ruleName)}: expected at least one ${expectedList(firsts)} but found ${found(options.actual[0])}`;
  }

  override buildNotAllInputParsedMessage(options: Parameters<Base['buildNotAllInputParsedMessage']>[0]): string {
    return `syntax error: unexpected ${found(options.firstRedundant)}; expected \`topic\`, \`template\` or \`menu\` (is there a \`}\` too many above?)`;
  }
}

/** The line of `text` that holds `offset`. */
function lineAround(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? text.length : end);
}

/** How many `"` of a line are not escaped (an odd count means a string is left open). */
function unescapedQuotes(line: string): number {
  return (line.replace(/\\./g, '').match(/"/g) ?? []).length;
}

/** Lexer messages of the flow language: say what may be written instead. */
export class FlowLexerErrorMessages extends DefaultLexerErrorMessageProvider {
  override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
    // Show at most 20 characters, with control and invalid characters escaped.
    const raw = fullText.slice(startOffset, startOffset + Math.min(length, 20));
    const text = JSON.stringify(raw).slice(1, -1) + (length > 20 ? '…' : '');
    const line = lineAround(fullText, startOffset);
    const hint = /^[\u201C\u201D\u201E\u2018\u2019\u00AB\u00BB]/.test(raw)
      ? 'write texts in straight quotes "..." (an editor or word processor turned them into typographic quotes)'
      : fullText.startsWith('"""', startOffset)
      ? 'this `"""` text is not closed: end it with `"""`'
      : text.startsWith('"')
      ? 'a string is not closed (use """...""" for several lines)'
      : unescapedQuotes(line) % 2 === 1
      ? 'a "string" on this line is not closed, or has a `"` inside that should be written `\\"`'
      : 'names are lower-case words joined by "-", and texts go in "quotes"';
    return `syntax error: unexpected \`${text}\`: ${hint}`;
  }
}
