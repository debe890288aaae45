/**
 * The conversation graph in Graphviz DOT: one cluster per topic, the menu leading to each; or a
 * single topic, with the steps of other topics it touches drawn as small dashed "elsewhere" nodes.
 */
import type { Graph } from '../../dialogs/graph.js';
import { graphEdges, nodeKind, nodeLabel, stepsByTopic, type NodeKind } from './graph-shape.js';

const SHAPES: Record<NodeKind, string> = {
  message: 'shape=box, style="rounded"',
  choice: 'shape=box, style="rounded,filled", fillcolor="#eef4ff"',
  prompt: 'shape=parallelogram, style=filled, fillcolor="#fff4d6"',
  branch: 'shape=diamond, style=filled, fillcolor="#f3e8ff"',
  resolved: 'shape=doublecircle, style=filled, fillcolor="#ddf5dd"',
  ticket: 'shape=octagon, style=filled, fillcolor="#ffe0e0"',
  'wait-email': 'shape=house, style=filled, fillcolor="#e0f2ff"',
};

/** A DOT string literal. */
export function dotString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

/** What to draw: the whole guide (default) or one topic and its links to the others. */
export type DotOptions = { topic?: string };

const ELSEWHERE = 'shape=note, style="dashed", color="#888888", fontcolor="#555555"';

/** Renders the graph (or one topic of it, see {@link DotOptions}) as DOT. */
export function graphToDot(graph: Graph, options: DotOptions = {}): string {
  const only = options.topic;
  const inTopic = (stepId: string): boolean => !only || graph.steps[stepId]?.topic === only;
  const out: string[] = [
    'digraph guide {',
    '  rankdir=LR; compound=true; fontname="Helvetica";',
    '  node [fontname="Helvetica", fontsize=10]; edge [fontname="Helvetica", fontsize=9];',
  ];
  if (!only || graph.menu.some((t) => t === only)) out.push('  menu [shape=folder, label="menu", style=filled, fillcolor="#dddddd"];');
  for (const [topicId, steps] of stepsByTopic(graph)) {
    const topic = graph.topics[topicId];
    if (!topic || (only && topicId !== only)) continue;
    out.push(`  subgraph ${dotString(`cluster_${topicId}`)} {`);
    out.push(`    label=${dotString(`${topicId}: ${topic.title.id}`)}; style="rounded"; color="#999999";`);
    for (const step of steps) out.push(`    ${dotString(step.id)} [label=${dotString(nodeLabel(step))}, ${SHAPES[nodeKind(step)]}];`);
    out.push('  }');
  }
  for (const topicId of graph.menu) {
    const topic = graph.topics[topicId];
    if (topic && (!only || topicId === only)) out.push(`  menu -> ${dotString(topic.start)} [label=${dotString(topic.title.id)}, color="#888888"];`);
  }
  const edges = graphEdges(graph).filter((e) => inTopic(e.from) || inTopic(e.to));
  // A step of another topic that this one leads to, or that leads here: drawn once, outside.
  const elsewhere = new Set(edges.flatMap((e) => [e.from, e.to]).filter((id) => !inTopic(id)));
  for (const id of elsewhere) out.push(`  ${dotString(id)} [label=${dotString(id)}, ${ELSEWHERE}];`);
  for (const e of edges) {
    const attrs = [e.label ? `label=${dotString(e.label)}` : '', e.dashed ? 'style=dashed' : ''].filter(Boolean);
    out.push(`  ${dotString(e.from)} -> ${dotString(e.to)}${attrs.length ? ` [${attrs.join(', ')}]` : ''};`);
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}
