import { describe, expect, it } from 'vitest';
import { markupToHtml } from '../../../src/adapters/telegram/html.js';
import { splitHtml } from '../../../src/adapters/telegram/split-html.js';

const balanced = (html: string) => {
  const stack: string[] = [];
  for (const [, close, name] of html.matchAll(/<(\/?)([a-z]+)[^>]*>/g)) {
    if (!close) stack.push(name!);
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
};

describe('splitHtml', () => {
  it('keeps short texts whole', () => {
    expect(splitHtml('<b>halo</b>')).toEqual(['<b>halo</b>']);
    expect(splitHtml('')).toEqual([]);
  });

  it('splits at paragraph boundaries first', () => {
    const paragraph = 'kata '.repeat(150).trim();
    const html = [paragraph, paragraph, paragraph].join('\n\n');
    const parts = splitHtml(html, 1600);
    expect(parts).toEqual([`${paragraph}\n\n${paragraph}`, paragraph]);
  });

  it('falls back to lines, then words, then a hard cut', () => {
    expect(splitHtml('aaaa\nbbbb', 6)).toEqual(['aaaa', 'bbbb']);
    expect(splitHtml('aaaa bbbb', 6)).toEqual(['aaaa', 'bbbb']);
    expect(splitHtml('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('closes and reopens tags around a cut and never cuts inside a tag or an entity', () => {
    const html = markupToHtml(`**${'tebal & <aman> '.repeat(40)}** [tautan](https://example.com/${'p'.repeat(20)})`);
    const parts = splitHtml(html, 200);
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(200);
      expect(balanced(part)).toBe(true);
      expect(part).not.toMatch(/&[a-z]*$/);
      expect(part).not.toMatch(/<[^>]*$/);
    }
    expect(parts.join(' ').replace(/<\/?b>/g, '').replace(/\s+/g, ' ')).toContain('tebal &amp; &lt;aman&gt;');
  });

  it('terminates on text that is not our HTML (a stray < or &)', () => {
    const parts = splitHtml('a < b & c '.repeat(50), 64);
    expect(parts.join(' ').replace(/\s+/g, ' ')).toBe('a < b & c '.repeat(50).trim());
  });

  it('does not split surrogate pairs', () => {
    const parts = splitHtml('😀'.repeat(10), 5);
    for (const part of parts) expect(part).toMatch(/^(😀)+$/u);
    expect(parts.join('')).toBe('😀'.repeat(10));
  });

  it('splits a 5,000-character answer into parts of at most 4096', () => {
    const parts = splitHtml(('Paragraf panjang tentang AMS. '.repeat(20) + '\n\n').repeat(9));
    expect(parts.length).toBe(2);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(4096);
  });
});
