/** What the pictures of the graph share: node kinds and labelled edges, from the compiled IR. */
import type { Condition, Graph, Step } from '../../dialogs/graph.js';

/** How a step is drawn: prompts, branches and terminals each look different. */
export type NodeKind = 'message' | 'choice' | 'prompt' | 'branch' | 'resolved' | 'ticket' | 'wait-email';

/** A labelled edge between two step ids. */
export type Edge = { from: string; to: string; label?: string; dashed?: boolean };

/** The drawing kind of a step. */
export function nodeKind(step: Step): NodeKind {
  if (step.end) return step.end.kind;
  if (step.prompt) return 'prompt';
  if (step.branch) return 'branch';
  if (step.options) return 'choice';
  return 'message';
}

/** The text in a step's box: its name and, for prompts and ends, what it does. */
export function nodeLabel(step: Step): string {
  const name = step.id.slice(step.id.indexOf('.') + 1);
  if (step.prompt) return `${name}\nask ${step.prompt.kind} → ${step.prompt.slot}`;
  if (step.end?.kind === 'ticket') return `${name}\nticket: ${step.end.template}`;
  if (step.end?.kind === 'wait-email') return `${name}\nwait email: ${step.end.from ?? 'BSSN'}`;
  if (step.end?.kind === 'resolved') return `${name}\nresolved`;
  return name;
}

function conditionLabel(c: Condition): string {
  switch (c.op) {
    case 'equals':
      return `${c.slot} is ${c.values.join('/')}`;
    case 'date-before-today':
      return `${c.slot} before today`;
    case 'date-after-today':
      return `${c.slot} after today`;
    case 'profile-valid':
      return 'profile valid';
    case 'filled':
      return `${c.slot} filled`;
  }
}

/** Every edge of the graph; button edges carry the Indonesian label. */
export function graphEdges(graph: Graph): Edge[] {
  const edges: Edge[] = [];
  for (const step of Object.values(graph.steps)) {
    for (const o of step.options ?? []) edges.push({ from: step.id, to: o.goto, label: o.label.id });
    if (step.prompt) {
      const yes = step.prompt.kind === 'confirm' ? 'ya' : undefined;
      edges.push({ from: step.id, to: step.prompt.goto, ...(yes ? { label: yes } : {}) });
      if (step.prompt.gotoNo) edges.push({ from: step.id, to: step.prompt.gotoNo, label: 'tidak' });
    }
    if (step.branch) {
      for (const c of step.branch.cases) edges.push({ from: step.id, to: c.goto, label: conditionLabel(c.when) });
      edges.push({ from: step.id, to: step.branch.otherwise, label: 'otherwise' });
    }
    if (step.goto) edges.push({ from: step.id, to: step.goto });
    if (step.end?.kind === 'wait-email') {
      edges.push({ from: step.id, to: step.end.ifMissing, label: 'email tidak datang', dashed: true });
    }
  }
  return edges;
}

/** Steps grouped by topic, in menu order then the remaining topics. */
export function stepsByTopic(graph: Graph): [string, Step[]][] {
  const order = [...graph.menu, ...Object.keys(graph.topics).filter((t) => !graph.menu.includes(t as never))];
  const groups = new Map<string, Step[]>(order.map((t) => [t, []]));
  for (const step of Object.values(graph.steps)) groups.get(step.topic)?.push(step);
  return [...groups.entries()];
}
