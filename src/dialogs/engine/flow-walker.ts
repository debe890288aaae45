/**
 * Walks the graph from a step through `goto` and `branch` steps until it reaches one that waits
 * for the user (options, prompt, terminal), collecting the messages shown on the way.
 */
import type { Graph, Locale, Step } from '../graph.js';
import { holds } from './conditions.js';
import { say } from '../phrases.js';
import { stepText, waitEmailText } from './render.js';

/** Steps walked in one go before the walker assumes a cycle (the compiler should prevent them). */
const MAX_HOPS = 64;

/** Where a walk stopped. */
export type WalkStop =
  | { kind: 'wait'; step: Step }
  | { kind: 'ticket'; step: Step; template: string }
  | { kind: 'broken'; reason: string };

/** The messages shown on the way and where the walk stopped. */
export interface Walk {
  texts: string[];
  stop: WalkStop;
  /** True when a `profile-valid` branch reported the collected violations. */
  reportedViolations: boolean;
}

/** What the walker needs besides the graph. */
export interface WalkInput {
  slots: Record<string, string>;
  violations: readonly string[];
  locale: Locale;
  now: Date;
}

/** Walks from `startId`; see {@link Walk}. Never throws on a broken graph. */
export function walk(graph: Graph, startId: string, input: WalkInput): Walk {
  const texts: string[] = [];
  let reportedViolations = false;
  let id = startId;
  let appendViolations = false;
  for (let hop = 0; hop < MAX_HOPS; hop += 1) {
    const step = graph.steps[id];
    if (!step) return { texts, stop: { kind: 'broken', reason: `missing step ${id}` }, reportedViolations };
    const text = stepText(step, input.locale);
    const extra = appendViolations ? violationList(input.violations, input.locale) : undefined;
    appendViolations = false;
    const shown = [text, extra, waitEmailText(step, input.locale)].filter((t): t is string => t !== undefined);
    if (shown.length > 0) texts.push(shown.join('\n\n'));
    if (extra) reportedViolations = true;

    if (step.branch) {
      const hit = step.branch.cases.find((c) => holds(c.when, input.slots, input.violations, input.now));
      const failsProfile = step.branch.cases.some((c) => c.when.op === 'profile-valid') && input.violations.length > 0;
      appendViolations = failsProfile && hit === undefined;
      id = hit ? hit.goto : step.branch.otherwise;
      continue;
    }
    if (step.goto && !step.options && !step.prompt && !step.end) {
      id = step.goto;
      continue;
    }
    if (step.end?.kind === 'ticket') return { texts, stop: { kind: 'ticket', step, template: step.end.template }, reportedViolations };
    if (step.options || step.prompt || step.end) return { texts, stop: { kind: 'wait', step }, reportedViolations };
    if (step.goto) {
      id = step.goto;
      continue;
    }
    return { texts, stop: { kind: 'broken', reason: `step ${id} has no way forward` }, reportedViolations };
  }
  return { texts, stop: { kind: 'broken', reason: `too many hops from ${startId}` }, reportedViolations };
}

/** The collected violations as a bulleted list under a heading. */
function violationList(violations: readonly string[], locale: Locale): string | undefined {
  if (violations.length === 0) return undefined;
  return [say('profileViolations', locale), ...violations.map((v) => `- ${v}`)].join('\n');
}
