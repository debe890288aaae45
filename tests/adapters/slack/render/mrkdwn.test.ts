import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, splitText, toMrkdwn, toPlainText } from '../../../../src/adapters/slack/render/mrkdwn.js';

describe('Slack mrkdwn', () => {
  it('escapes the three control characters, so nobody can ping a channel', () => {
    expect(escapeMrkdwn('a & b <!channel> > c')).toBe('a &amp; b &lt;!channel&gt; &gt; c');
    expect(toMrkdwn('<!here> <@U1>')).toBe('&lt;!here&gt; &lt;@U1&gt;');
  });

  it('converts bold and links from the light markup', () => {
    expect(toMrkdwn('Buka **AMS** di [portal](https://portal-bsre.bssn.go.id/?a=1&b=2).')).toBe(
      'Buka *AMS* di <https://portal-bsre.bssn.go.id/?a=1&amp;b=2|portal>.',
    );
    expect(toMrkdwn('[a|b](https://x.test)')).toBe('<https://x.test|a¦b>');
  });

  it('renders plain text for the fallback', () => {
    expect(toPlainText('**Penting**: lihat [panduan](https://x.test)')).toBe('Penting: lihat panduan (https://x.test)');
    expect(toPlainText('[https://x.test](https://x.test)')).toBe('https://x.test');
  });

  it('splits long text at paragraph, line or word boundaries within the limit', () => {
    const para = 'kata '.repeat(500).trim();
    const pieces = splitText(`${para}\n\n${para}`, 3000);
    expect(pieces.length).toBe(2);
    expect(pieces.every((p) => p.length <= 3000)).toBe(true);
    const words = splitText('x'.repeat(7000), 3000);
    expect(words.map((p) => p.length)).toEqual([3000, 3000, 1000]);
  });

  it('does not cut a link or an escape in half', () => {
    const text = `${'a '.repeat(1490)}<https://example.test/long|tautan> &amp; ${'b '.repeat(100)}`;
    for (const piece of splitText(text, 3000)) {
      expect(piece.split('<').length).toBe(piece.split('>').length);
      expect(piece).not.toMatch(/&(?:a|am|amp)?$/);
    }
  });

  it('keeps empty text as one empty piece', () => {
    expect(splitText('', 3000)).toEqual(['']);
  });
});
