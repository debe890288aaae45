import { describe, expect, it } from 'vitest';
import { escapeHtml, markupToHtml, markupToPlain } from '../../../src/adapters/telegram/html.js';

describe('light markup to Telegram HTML', () => {
  it('escapes the reserved characters', () => {
    expect(escapeHtml('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
    expect(markupToHtml('<script>alert("x")</script>')).toBe('&lt;script&gt;alert("x")&lt;/script&gt;');
  });

  it('renders bold and links, including a link inside bold', () => {
    expect(markupToHtml('**Penting:** buka [AMS](https://ams.bssn.go.id/a?b=1&c=2).')).toBe(
      '<b>Penting:</b> buka <a href="https://ams.bssn.go.id/a?b=1&amp;c=2">AMS</a>.',
    );
    expect(markupToHtml('**[x](https://e.id)**')).toBe('<b><a href="https://e.id">x</a></b>');
  });

  it('leaves unmatched markup and non-http links as escaped text', () => {
    expect(markupToHtml('2 ** 3 dan [x](javascript:alert(1))')).toBe('2 ** 3 dan [x](javascript:alert(1))');
    expect(markupToHtml('')).toBe('');
  });

  it('keeps emoji and newlines', () => {
    expect(markupToHtml('👍\n\n**ok** 🎉')).toBe('👍\n\n<b>ok</b> 🎉');
  });

  it('strips markup to plain text', () => {
    expect(markupToPlain('**a** [b](https://c.id)')).toBe('a b (https://c.id)');
  });
});
