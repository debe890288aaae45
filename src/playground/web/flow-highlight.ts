/**
 * Colours for the flow language: a tokenizer for highlighting only (keywords from the grammar,
 * sent by the server; strings, triple-quoted texts, comments, arrows, names). What the text
 * means is Langium's business on the server: diagnostics, completion and definition come from it.
 */
import { StreamLanguage, type StreamParser } from '@codemirror/language';

type State = { inTriple: boolean; inComment: boolean; afterArrow: boolean };

/** The flow language for CodeMirror, with `keywords` taken from the grammar. */
export function flowLanguage(keywords: readonly string[]): StreamLanguage<State> {
  const words = new Set(keywords);
  const parser: StreamParser<State> = {
    name: 'ds-flow',
    startState: () => ({ inTriple: false, inComment: false, afterArrow: false }),
    token(stream, state) {
      if (state.inTriple) {
        if (stream.skipTo('"""')) {
          stream.pos += 3;
          state.inTriple = false;
        } else stream.skipToEnd();
        return 'string';
      }
      if (state.inComment) {
        if (stream.skipTo('*/')) {
          stream.pos += 2;
          state.inComment = false;
        } else stream.skipToEnd();
        return 'comment';
      }
      if (stream.eatSpace()) return null;
      if (stream.match('//')) {
        stream.skipToEnd();
        return 'comment';
      }
      if (stream.match('/*')) {
        state.inComment = true;
        return 'comment';
      }
      if (stream.match('"""')) {
        state.inTriple = true;
        return 'string';
      }
      if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) return 'string';
      if (stream.match('->')) {
        state.afterArrow = true;
        return 'operator';
      }
      if (stream.match(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)?/)) {
        const word = stream.current();
        const target = state.afterArrow;
        state.afterArrow = word === 'topic';
        if (target && !words.has(word)) return 'link';
        if (word === 'id' || word === 'en') return 'atom';
        return words.has(word) ? 'keyword' : 'variableName';
      }
      state.afterArrow = false;
      if (stream.match(/^[{}[\],]/)) return 'punctuation';
      stream.next();
      return null;
    },
    languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } },
  };
  return StreamLanguage.define(parser);
}
