/**
 * Where syntax errors are reported. Chevrotain puts an error on the token it found; when the
 * missing thing belongs at the end of a line (`end ticket` with no template, `goto topic` with
 * no name) that token is the `}` of the next line, one line below the fault. Such errors are
 * moved to the end of the token before, where the author left something out. A missing `}` is
 * still reported on what follows it ("a closing `}` is missing before this point").
 */
import { DefaultDocumentValidator, DocumentValidator, type ParseResult, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';

type Position = { line: number; character: number };
type TokenLike = { startOffset: number; startLine?: number; startColumn?: number; endLine?: number; endColumn?: number; image: string };
type ParserError = { message: string; token: TokenLike; previousToken?: TokenLike };

function valid(token: TokenLike | undefined): token is Required<TokenLike> {
  return !!token && !isNaN(token.startOffset) && token.startLine !== undefined && token.endLine !== undefined;
}

function tokenStart(token: Required<TokenLike>): Position {
  return { line: token.startLine - 1, character: token.startColumn - 1 };
}

/** The position of a parser error: see the module comment. */
export function syntaxErrorPosition(error: ParserError): Position {
  const { token, previousToken } = error;
  const afterPrevious = valid(previousToken) ? { line: previousToken.endLine - 1, character: previousToken.endColumn } : undefined;
  if (!valid(token)) return afterPrevious ?? { line: 0, character: 0 };
  const missingBrace = error.message.startsWith('syntax error: expected `}`');
  if (afterPrevious && !missingBrace && token.startLine - 1 > afterPrevious.line) return afterPrevious;
  return tokenStart(token);
}

/** Langium's document validator with flow-specific positions for syntax errors. */
export class FlowDocumentValidator extends DefaultDocumentValidator {
  protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], _options: ValidationOptions): void {
    for (const error of parseResult.parserErrors as unknown as ParserError[]) {
      const start = syntaxErrorPosition(error);
      const end = valid(error.token) && start.line === error.token.startLine - 1 && start.character === error.token.startColumn - 1
        ? { line: error.token.endLine - 1, character: error.token.endColumn }
        : start;
      diagnostics.push({
        severity: 1,
        range: { start, end },
        message: error.message,
        data: { code: DocumentValidator.ParsingError },
        source: this.getSource(),
      });
    }
  }
}
