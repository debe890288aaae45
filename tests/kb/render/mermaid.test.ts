/** Mermaid output: labels escaped so that quotes, `#`, brackets and pipes cannot end them early. */
import { describe, expect, it } from 'vitest';
import { compileFlowFiles } from '../../../src/kb/compile.js';
import { shippedFlowFiles } from '../../../src/kb/paths.js';
import { graphToMermaid, mermaidLabel } from '../../../src/kb/render/mermaid.js';

describe('mermaidLabel', () => {
  it('escapes quotes, #, < and > and keeps brackets and pipes inside the quotes', () => {
    expect(mermaidLabel('Klik "Masuk" #1 <b> [x] | (y)\nlagi')).toBe('"Klik #quot;Masuk#quot; #35;1 #lt;b#gt; [x] | (y)<br>lagi"');
  });
});

describe('graphToMermaid on the shipped guide', () => {
  it('writes one well-formed line per node, subgraph and edge', async () => {
    const { graph } = await compileFlowFiles(shippedFlowFiles());
    const text = graphToMermaid(graph!);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('flowchart LR');
    const node = /^ {4}s_\w+(\(\(|\{\{|\[\/|\[|\(|\{|>)"[^"]*"(\)\)|\}\}|\/\]|\]|\)|\})$/;
    const subgraph = /^ {2}subgraph t_\w+\["[^"]*"\]$/;
    const edge = /^ {2}(s_\w+|menu) (-->|-\.->)(\|"[^"]*"\|)? s_\w+$/;
    for (const line of lines.slice(1)) {
      const ok = node.test(line) || subgraph.test(line) || edge.test(line) || line === '  end' || line === '  menu[["menu"]]';
      expect(ok, line).toBe(true);
    }
    // Every topic is a subgraph, every subgraph is closed.
    expect(lines.filter((l) => subgraph.test(l))).toHaveLength(Object.keys(graph!.topics).length);
    expect(lines.filter((l) => l === '  end')).toHaveLength(Object.keys(graph!.topics).length);
  });
});
