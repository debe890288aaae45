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

function found(actual: Found | undefined): string {
  return !actual || actual.image === '' ? 'the end of the file' : `\`${actual.image}\``;
}

/** Parser messages of the flow language. */
export class FlowParserErrorMessages extends LangiumParserErrorMessageProvider {
  override buildMismatchTokenMessage(options: Parameters<Base['buildMismatchTokenMessage']>[0]): string {
    const expected = describe(options.expected);
    const actual = options.actual.image;
    const blockStart = actual === 'topic' || actual === 'template' || actual === 'menu';
    const hint =
      expected !== '`}`' ? ''
      : actual === '' ? ': a closing `}` is missing at the end of the file'
      : blockStart ? ': a closing `}` is missing before this point'
      : `: \`${actual}\` does not belong here (check the spelling, or a \`}\` is missing before it)`;
    return `syntax error: expected ${expected} but found ${found(options.actual)}${hint}`;
  }

  override buildNoViableAltMessage(options: Parameters<Base['buildNoViableAltMessage']>[0]): string {
    const firsts = options.expectedPathsPerAlt.flatMap((alt) => alt.map((path) => path[0]).filter((t): t is TokenLike => !!t));
    return `syntax error in ${options.ruleName}: expected ${expectedList(firsts)} but found ${found(options.actual[0])}`;
  }

  override buildEarlyExitMessage(options: Parameters<Base['buildEarlyExitMessage']>[0]): string {
    const firsts = options.expectedIterationPaths.map((path) => path[0]).filter((t): t is TokenLike => !!t);
    return `syntax error in ${options.ruleName}: expected at least one ${expectedList(firsts)} but found ${found(options.actual[0])}`;
  }

  override buildNotAllInputParsedMessage(options: Parameters<Base['buildNotAllInputParsedMessage']>[0]): string {
    return `syntax error: unexpected ${found(options.firstRedundant)}; expected \`topic\`, \`template\` or \`menu\` (is there a \`}\` too many above?)`;
  }
}

/** Lexer messages of the flow language: say what may be written instead. */
export class FlowLexerErrorMessages extends DefaultLexerErrorMessageProvider {
  override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
    // Show at most 20 characters, with control and invalid characters escaped.
    const raw = fullText.slice(startOffset, startOffset + Math.min(length, 20));
    const text = JSON.stringify(raw).slice(1, -1) + (length > 20 ? '…' : '');
    const hint = text.startsWith('"')
      ? 'a string is not closed (use """...""" for several lines)'
      : 'names are lower-case words joined by "-", and texts go in "quotes"';
    return `syntax error: unexpected \`${text}\`: ${hint}`;
  }
}
