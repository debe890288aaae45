/**
 * Checks on paths through the whole guide, beyond single steps: loops that never wait for the
 * user (the engine would spin), and steps from which no `end` can be reached (the user can only
 * go round in circles).
 */
import type { ValidationAcceptor } from 'langium';
import type { Step, Topic } from '../generated/ast.js';
import { stepEdges, stepId, targetStep } from '../language/flow-targets.js';

/** Edges that the engine follows without waiting for input: `goto` and `branch`. */
function automaticNext(step: Step): Step[] {
  return stepEdges(step)
    .filter((e) => e.kind === 'goto' || e.kind === 'case' || e.kind === 'otherwise')
    .map((e) => targetStep(e.target))
    .filter((s): s is Step => s !== undefined);
}

/** The steps of a cycle made only of automatic edges that starts and ends at `start`, if any. */
function automaticCycle(start: Step): Step[] | undefined {
  const path: Step[] = [];
  const onPath = new Set<Step>();
  const done = new Set<Step>();
  const visit = (step: Step): Step[] | undefined => {
    if (step === start && path.length > 0) return [...path];
    if (onPath.has(step) || done.has(step)) return undefined;
    onPath.add(step);
    path.push(step);
    for (const next of automaticNext(step)) {
      const found = visit(next);
      if (found) return found;
    }
    path.pop();
    onPath.delete(step);
    done.add(step);
    return undefined;
  };
  return visit(start);
}

/** Steps from which some path (any edge) reaches a step with `end`. */
function stepsThatCanEnd(allSteps: readonly Step[]): Set<Step> {
  const incoming = new Map<Step, Step[]>();
  for (const step of allSteps) {
    for (const e of stepEdges(step)) {
      const to = targetStep(e.target);
      if (to) incoming.set(to, [...(incoming.get(to) ?? []), step]);
    }
  }
  // Ends are sinks; so are steps already reported as dead ends, with an unresolved target, or
  // in a loop that never waits (reported as that loop, not again on every step leading in).
  const isSink = (s: Step) =>
    s.end !== undefined || stepEdges(s).length === 0 || stepEdges(s).some((e) => targetStep(e.target) === undefined)
    || automaticCycle(s) !== undefined;
  const canEnd = new Set(allSteps.filter(isSink));
  const queue = [...canEnd];
  for (let s = queue.pop(); s; s = queue.pop()) {
    for (const from of incoming.get(s) ?? []) {
      if (!canEnd.has(from)) {
        canEnd.add(from);
        queue.push(from);
      }
    }
  }
  return canEnd;
}

/** Whether `a` comes before `b` in the guide (file, then position): a loop is reported once. */
function precedes(a: Step, b: Step): boolean {
  const ua = a.$container.$container.$document?.uri.toString() ?? '';
  const ub = b.$container.$container.$document?.uri.toString() ?? '';
  if (ua !== ub) return ua < ub;
  return (a.$cstNode?.offset ?? 0) < (b.$cstNode?.offset ?? 0);
}

/** Reports automatic loops and steps that can never reach an end, for the topics of one file. */
export function checkPaths(setTopics: readonly Topic[], mine: readonly Topic[], accept: ValidationAcceptor): void {
  const allSteps = setTopics.flatMap((t) => t.steps);
  const canEnd = stepsThatCanEnd(allSteps);
  for (const topic of mine) {
    for (const step of topic.steps) {
      const cycle = automaticCycle(step);
      if (cycle) {
        if (cycle.every((other) => !precedes(other, step))) {
          const loop = [...cycle, step].map(stepId).join(' -> ');
          accept('error', `steps loop without waiting for the user (${loop}): add buttons or a prompt inside the loop, or end it`, { node: step, property: 'name' });
        }
        continue; // one report per loop, nothing more about its steps
      }
      if (!canEnd.has(step)) {
        accept('error', `no path from step '${stepId(step)}' ever reaches an \`end\`: users would go round in circles; lead one of its ways to an ending step`, { node: step, property: 'name' });
      }
    }
  }
}
