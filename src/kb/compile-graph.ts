/**
 * The pure half of the compiler: from validated flow ASTs to the graph IR of
 * `src/dialogs/graph.ts`. Step ids are `topic.step`; `topic X` targets become X's start step.
 */
import type { Condition as IrCondition, Graph, LocalizedText, Step as IrStep, Terminal, TicketTemplate as IrTemplate, Topic as IrTopic, TopicId } from '../dialogs/graph.js';
import type { Condition, Document, EndDecl, Step, Target, Text, TicketTemplate, Topic } from './generated/ast.js';
import { stepId, targetStep } from './language/flow-targets.js';

/** Graph content without its version hash. */
export type GraphContent = Omit<Graph, 'version'>;

function text(t: Text): LocalizedText;
function text(t: Text | undefined): LocalizedText | undefined;
function text(t: Text | undefined): LocalizedText | undefined {
  if (!t) return undefined;
  const pick = (lang: string) => t.entries.find((e) => e.lang === lang)?.value ?? '';
  return { id: pick('id'), en: pick('en') };
}

function target(t: Target): string {
  const step = targetStep(t);
  if (!step) throw new Error(`unresolved target ${t.$cstNode?.text ?? ''}`);
  return stepId(step);
}

function condition(c: Condition): IrCondition {
  switch (c.$type) {
    case 'EqualsCondition':
      return { op: 'equals', slot: c.slot, values: c.values.values };
    case 'DateCondition':
      return { op: c.before ? 'date-before-today' : 'date-after-today', slot: c.slot };
    case 'ProfileValidCondition':
      return { op: 'profile-valid' };
    case 'FilledCondition':
      return { op: 'filled', slot: c.slot };
  }
}

function terminal(end: EndDecl): Terminal {
  if (end.kind === 'ticket') return { kind: 'ticket', template: end.template!.$refText };
  if (end.kind === 'wait-email') {
    // `from` only when the flow names the sender: the guide gives an address for some emails only.
    const from = end.from ? { from: end.from } : {};
    return { kind: 'wait-email', ...from, subject: text(end.subject!), ifMissing: target(end.ifMissing!) };
  }
  return { kind: 'resolved' };
}

function step(s: Step, file: string): IrStep {
  const out: IrStep = {
    id: stepId(s),
    topic: s.$container.name as TopicId,
    links: s.links.map((l) => ({ label: text(l.label), url: l.url })),
  };
  if (s.message) out.message = text(s.message);
  if (s.options.length > 0) {
    out.options = s.options.map((o) => ({ id: o.name, label: text(o.label), synonyms: o.synonyms?.values ?? [], goto: target(o.target) }));
  }
  if (s.prompt) {
    const p = s.prompt;
    out.prompt = { kind: p.kind, slot: p.slot, collect: p.collect, goto: target(p.target) };
    if (p.rule) out.prompt.rule = p.rule;
    if (p.example) out.prompt.example = text(p.example);
    if (p.noTarget) out.prompt.gotoNo = target(p.noTarget);
  }
  if (s.branch) {
    out.branch = {
      cases: s.branch.cases.map((c) => ({ when: condition(c.condition), goto: target(c.target) })),
      otherwise: target(s.branch.otherwise!),
    };
  }
  if (s.goto) out.goto = target(s.goto);
  if (s.end) out.end = terminal(s.end);
  out.source = { file, line: (s.$cstNode?.range.start.line ?? 0) + 1 };
  return out;
}

function topic(t: Topic, menu: Set<string> | undefined): IrTopic {
  const examples = (lang: string) => t.examples.filter((e) => e.lang === lang).flatMap((e) => e.list.values);
  const facts = (lang: string) => t.facts.filter((e) => e.lang === lang).flatMap((e) => e.list.values);
  return {
    id: t.name as TopicId,
    title: text(t.title!),
    examples: { id: examples('id'), en: examples('en') },
    keywords: t.keywords?.values ?? [],
    ...(t.facts.length > 0 ? { facts: { id: facts('id'), en: facts('en') } } : {}),
    start: stepId(t.start!.ref!),
    inMenu: menu ? menu.has(t.name) : !t.hidden,
  };
}

function template(t: TicketTemplate): IrTemplate {
  return {
    id: t.name,
    service: '15.1',
    category: text(t.category!),
    title: text(t.title!),
    slots: [...t.fields],
    captures: t.captures.map((c) => ({ id: c.name, instruction: text(c.instruction!), required: !c.optional })),
  };
}

/** Builds the graph content from error-free documents (`file` is each step's `source.file`). */
export function compileGraphContent(roots: readonly { file: string; root: Document }[]): GraphContent {
  const menuNode = roots.flatMap((r) => r.root.menus)[0];
  const menuIds = menuNode ? menuNode.items.map((i) => i.$refText as TopicId) : [];
  const menuSet = menuNode ? new Set<string>(menuIds) : undefined;
  const content: GraphContent = { menu: menuIds, topics: {}, steps: {}, tickets: {} };
  for (const { file, root } of roots) {
    for (const t of root.topics) {
      content.topics[t.name] = topic(t, menuSet);
      for (const s of t.steps) content.steps[stepId(s)] = step(s, file);
    }
    for (const t of root.templates) content.tickets[t.name] = template(t);
  }
  return content;
}
