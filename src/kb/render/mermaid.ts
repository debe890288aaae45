/** The conversation graph as a Mermaid flowchart: one subgraph per topic. */
import type { Graph } from '../../dialogs/graph.js';
import { graphEdges, nodeKind, nodeLabel, stepsByTopic, type NodeKind } from './graph-shape.js';

/** Mermaid node ids: letters, digits, `_`; `.` becomes `__` and `-` becomes `_` (names hold no `_`). */
function mermaidId(stepId: string): string {
  return `s_${stepId.replace(/\./g, '__').replace(/[^A-Za-z0-9_]/g, '_')}`;
}

/**
 * A quoted Mermaid label. Mermaid reads `#name;` and `#35;` as character codes and labels as
 * HTML, so `#` goes first (`#35;`), then `"`, `<`, `>`; newlines become `<br>`.
 */
export function mermaidLabel(text: string): string {
  const escaped = text
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/\n/g, '<br>');
  return `"${escaped}"`;
}

const SHAPES: Record<NodeKind, [string, string]> = {
  message: ['(', ')'],
  choice: ['[', ']'],
  prompt: ['[/', '/]'],
  branch: ['{', '}'],
  resolved: ['((', '))'],
  ticket: ['{{', '}}'],
  'wait-email': ['>', ']'],
};

/** Renders the graph as a Mermaid `flowchart`. */
export function graphToMermaid(graph: Graph): string {
  const out: string[] = ['flowchart LR', '  menu[["menu"]]'];
  for (const [topicId, steps] of stepsByTopic(graph)) {
    const topic = graph.topics[topicId];
    if (!topic) continue;
    out.push(`  subgraph t_${topicId.replace(/-/g, '_')}[${mermaidLabel(`${topicId}: ${topic.title.id}`)}]`);
    for (const step of steps) {
      const [open, close] = SHAPES[nodeKind(step)];
      out.push(`    ${mermaidId(step.id)}${open}${mermaidLabel(nodeLabel(step))}${close}`);
    }
    out.push('  end');
  }
  for (const topicId of graph.menu) {
    const topic = graph.topics[topicId];
    if (topic) out.push(`  menu --> ${mermaidId(topic.start)}`);
  }
  for (const e of graphEdges(graph)) {
    const arrow = e.dashed ? '-.->' : '-->';
    out.push(`  ${mermaidId(e.from)} ${arrow}${e.label ? `|${mermaidLabel(e.label)}|` : ''} ${mermaidId(e.to)}`);
  }
  return `${out.join('\n')}\n`;
}
