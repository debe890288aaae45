/**
 * Conditions read slots that prompts fill: a condition on a slot no prompt asks for is always
 * false (the user always takes `otherwise`), and `before/after today` needs a date prompt.
 */
import type { ValidationAcceptor } from 'langium';
import type { PromptDecl, Topic } from '../generated/ast.js';

/** Checks the branch conditions of `mine` against the prompts of the whole guide. */
export function checkConditionSlots(setTopics: readonly Topic[], mine: readonly Topic[], accept: ValidationAcceptor): void {
  const prompts = new Map<string, PromptDecl[]>();
  for (const step of setTopics.flatMap((t) => t.steps)) {
    if (step.prompt?.slot) prompts.set(step.prompt.slot, [...(prompts.get(step.prompt.slot) ?? []), step.prompt]);
  }
  for (const step of mine.flatMap((t) => t.steps)) {
    for (const c of step.branch?.cases ?? []) {
      const condition = c.condition;
      if (!condition || condition.$type === 'ProfileValidCondition') continue;
      const asked = prompts.get(condition.slot) ?? [];
      if (asked.length === 0) {
        accept('error', `condition on slot '${condition.slot}', which no prompt fills: add \`ask ... into ${condition.slot}\` before this branch or fix the slot name`, { node: condition, property: 'slot' });
      } else if (condition.$type === 'DateCondition' && !asked.some((p) => p.kind === 'date')) {
        accept('error', `\`${condition.slot} ${condition.before ? 'before' : 'after'} today\` compares a date, but slot '${condition.slot}' is filled by \`ask ${asked[0]!.kind}\`: use \`ask date into ${condition.slot}\``, { node: condition, property: 'slot' });
      }
    }
  }
}
