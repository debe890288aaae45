/**
 * Checks on one step: exactly one way forward, unique button names, well-formed prompts,
 * branches, links and endings.
 */
import type { AstNode, ValidationAcceptor } from 'langium';
import type { BranchDecl, EndDecl, LinkDecl, PromptDecl, Step } from '../generated/ast.js';
import { reportDuplicates } from './duplicates.js';

type Way = { what: string; node: AstNode };

function waysForward(step: Step): Way[] {
  const ways: Way[] = [];
  if (step.options.length > 0) ways.push({ what: 'buttons', node: step.options[0]! });
  if (step.prompt) ways.push({ what: '`ask`', node: step.prompt });
  if (step.branch) ways.push({ what: '`branch`', node: step.branch });
  if (step.goto) ways.push({ what: '`goto`', node: step.goto });
  if (step.end) ways.push({ what: '`end`', node: step.end });
  return ways.sort((a, b) => (a.node.$cstNode?.offset ?? 0) - (b.node.$cstNode?.offset ?? 0));
}

/** A step needs exactly one of: buttons, ask, branch, goto, end. */
export function checkWayForward(step: Step, accept: ValidationAcceptor): void {
  const name = `${step.$container?.name}.${step.name}`;
  const ways = waysForward(step);
  if (ways.length === 0) {
    accept('error', `step '${name}' has no way forward and is not terminal: add buttons, \`ask\`, \`branch\`, \`goto\` or \`end resolved\``, { node: step, property: 'name' });
  }
  if (ways.length > 1) {
    const list = ways.map((w) => w.what).join(' and ');
    accept('error', `step '${name}' has more than one way forward (${list}): keep exactly one, or move the extra one into another step`, { node: ways[1]!.node });
  }
  reportDuplicates(step.options, (o) => o.name, (o) => `duplicate button '${o.name}' in step '${name}'`, accept);
  checkTypedWords(step, accept);
}

/** A word typed instead of pressing a button must select one button only. */
function checkTypedWords(step: Step, accept: ValidationAcceptor): void {
  const owner = new Map<string, string>();
  for (const option of step.options) {
    const labels = option.label?.entries.map((e) => e.value) ?? [];
    const words = new Set([...labels, ...(option.synonyms?.values ?? [])].map((w) => w.trim().toLowerCase()));
    for (const word of words) {
      const other = owner.get(word);
      if (other !== undefined && other !== option.name) {
        accept('error', `typing "${word}" would select both button '${other}' and button '${option.name}': make the labels and \`also\` words distinct`, { node: option, property: 'name' });
      }
      owner.set(word, option.name);
    }
  }
}

const PROMPT_RULE_KINDS = new Set(['text']);

/** `ask confirm` needs `no ->`; other prompts must not have it; rules apply to text prompts. */
export function checkPrompt(prompt: PromptDecl, accept: ValidationAcceptor): void {
  if (prompt.kind === 'confirm' && !prompt.noTarget) {
    accept('error', `\`ask confirm into ${prompt.slot}\` has no \`no ->\` target: add \`no -> step\` for the "no" answer`, { node: prompt, property: 'kind' });
  }
  if (prompt.kind !== 'confirm' && prompt.noTarget) {
    accept('error', `\`no ->\` only belongs to \`ask confirm\`, not to \`ask ${prompt.kind}\`: remove it or make the prompt a confirm`, { node: prompt.noTarget });
  }
  if (prompt.rule && !PROMPT_RULE_KINDS.has(prompt.kind)) {
    accept('error', `\`check ${prompt.rule}\` applies to \`ask text\` prompts, not \`ask ${prompt.kind}\``, { node: prompt, property: 'rule' });
  }
  if (prompt.collect && !prompt.rule) {
    accept('warning', `\`collect\` has no effect without \`check <rule>\`: remove it or add a rule`, { node: prompt, property: 'collect' });
  }
}

/** A branch needs at least one case and an `otherwise`. */
export function checkBranch(branch: BranchDecl, accept: ValidationAcceptor): void {
  if (branch.cases.length === 0) {
    accept('error', 'branch has no `when` case: add `when <condition> -> step` or replace the branch by `goto`', { node: branch });
  }
  if (!branch.otherwise) {
    accept('error', 'branch has no `otherwise ->`: add one so that a user whose answer matches no case is not stranded', { node: branch });
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A wait-email sender, when given (it is optional), is a real email address. */
export function checkEnd(end: EndDecl, accept: ValidationAcceptor): void {
  if (end.kind === 'wait-email' && end.from !== undefined && !EMAIL.test(end.from)) {
    accept('error', `wait-email \`from\` '${end.from}' is not an email address: write the sender, e.g. "noreply@bsre.id"`, { node: end, property: 'from' });
  }
}

/** A `link` must be an https URL. */
export function checkLink(link: LinkDecl, accept: ValidationAcceptor): void {
  const url = link.url ?? '';
  let valid = false;
  try {
    valid = new URL(url).protocol === 'https:';
  } catch {
    valid = false;
  }
  if (!valid) {
    accept('error', `link '${url}' is not an https URL: write it as https://...`, { node: link, property: 'url' });
  }
}
