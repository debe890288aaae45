/** `kb graph --format svg` on the shipped guide: well-formed XML naming every topic. */
import { describe, expect, it } from 'vitest';
import { compileFlowFiles } from '../../../src/kb/compile.js';
import { shippedFlowFiles } from '../../../src/kb/paths.js';
import { graphToDot } from '../../../src/kb/render/dot.js';
import { dotToSvg } from '../../../src/kb/render/svg.js';

/** Problems that make `xml` not well-formed: unbalanced tags or bad entities (no XML parser here). */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const body = xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/g, '');
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<|&[^;\s]*;?/g)) {
    const [whole, close, name, , selfClose] = m;
    if (whole === '<') problems.push(`stray < at ${m.index}`);
    else if (whole.startsWith('&')) {
      if (!/^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);$/.test(whole)) problems.push(`bad entity ${whole}`);
    } else if (close) {
      if (stack.pop() !== name) problems.push(`</${name}> closes nothing open`);
    } else if (!selfClose) stack.push(name!);
  }
  if (stack.length > 0) problems.push(`unclosed <${stack.join('>, <')}>`);
  return problems;
}

describe('dotToSvg on the shipped guide', () => {
  it('is well-formed SVG with a cluster per topic', async () => {
    const { graph } = await compileFlowFiles(shippedFlowFiles());
    const svg = await dotToSvg(graphToDot(graph!));
    expect(svg).toMatch(/<svg[\s>]/);
    expect(xmlProblems(svg)).toEqual([]);
    for (const topic of Object.keys(graph!.topics)) expect(svg).toContain(`cluster_${topic.replace(/-/g, '&#45;')}`); // Graphviz writes '-' as &#45;
  }, 30_000);

  it('the checker finds a broken document', () => {
    expect(xmlProblems('<svg><g></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg>a & b</svg>')).not.toEqual([]);
  });
});
