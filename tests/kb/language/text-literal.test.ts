import { describe, expect, it } from 'vitest';
import { dedent, flowStringValue, unescapeFlowString } from '../../../src/kb/language/text-literal.js';

describe('flow string values', () => {
  it('strips quotes and unescapes one-line strings', () => {
    expect(flowStringValue('"a \\"b\\"\\nc\\\\d"')).toBe('a "b"\nc\\d');
  });

  it('trims the common indentation and the fence lines of triple-quoted strings', () => {
    const token = '"""\n        First **line**.\n\n          indented\n        last\n        """';
    expect(flowStringValue(token)).toBe('First **line**.\n\n  indented\nlast');
  });

  it('keeps unknown escapes as the character itself', () => {
    expect(unescapeFlowString('\\q')).toBe('q');
  });

  it('dedents text with no blank fence lines', () => {
    expect(dedent('  a\n    b')).toBe('a\n  b');
  });
});
