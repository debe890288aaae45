/** Where steps lead: shared by the reachability check, the compiler and the graph picture. */
import type { Step, Target, Topic } from '../generated/ast.js';

/** The step a target names (`topic X` means X's start step), or undefined when unresolved. */
export function targetStep(target: Target | undefined): Step | undefined {
  if (!target) return undefined;
  if (target.topic) return target.topic.ref?.start?.ref;
  return target.step?.ref;
}

/** The IR id of a step: `topic.step`. */
export function stepId(step: Step): string {
  return `${step.$container.name}.${step.name}`;
}

/** One way out of a step, with a label for pictures (button label, prompt answer, condition). */
export type StepEdge = { target: Target; kind: 'button' | 'prompt' | 'no' | 'case' | 'otherwise' | 'goto' | 'missing'; label?: string };

/** Every outgoing edge of a step, in source order. */
export function stepEdges(step: Step): StepEdge[] {
  const edges: StepEdge[] = [];
  for (const option of step.options) {
    const label = option.label?.entries.find((e) => e.lang === 'id')?.value ?? option.name;
    edges.push({ target: option.target, kind: 'button', label });
  }
  if (step.prompt) {
    edges.push({ target: step.prompt.target, kind: 'prompt', label: step.prompt.kind === 'confirm' ? 'ya' : step.prompt.slot });
    if (step.prompt.noTarget) edges.push({ target: step.prompt.noTarget, kind: 'no', label: 'tidak' });
  }
  if (step.branch) {
    for (const c of step.branch.cases) edges.push({ target: c.target, kind: 'case', label: c.condition?.$cstNode?.text });
    if (step.branch.otherwise) edges.push({ target: step.branch.otherwise, kind: 'otherwise', label: 'otherwise' });
  }
  if (step.goto) edges.push({ target: step.goto, kind: 'goto' });
  if (step.end?.ifMissing) edges.push({ target: step.end.ifMissing, kind: 'missing', label: 'email missing' });
  return edges.filter((e) => e.target !== undefined);
}

/** The steps reachable from the start steps of `topics`, following edges across topics. */
export function reachableSteps(topics: readonly Topic[]): Set<Step> {
  const seen = new Set<Step>();
  const queue: Step[] = [];
  for (const topic of topics) {
    const start = topic.start?.ref;
    if (start && !seen.has(start)) {
      seen.add(start);
      queue.push(start);
    }
  }
  for (let step = queue.pop(); step; step = queue.pop()) {
    for (const edge of stepEdges(step)) {
      const next = targetStep(edge.target);
      if (next && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}
