/**
 * Parts of a topic, step or template that may be written in any order but only once: the
 * parser keeps the last one silently, so the validator reports the repetition.
 */
import { GrammarUtils, type AstNode, type ValidationAcceptor } from 'langium';

const SINGLE_PARTS: Record<string, Record<string, string>> = {
  Topic: { title: '`title`', keywords: '`keywords`', start: '`start`' },
  Step: { message: '`say`', prompt: '`ask`', branch: '`branch`', goto: '`goto`', end: '`end`' },
  TicketTemplate: { service: '`service`', category: '`category`', title: '`title`' },
};

/** Reports a second `title`, `say`, `goto`... at the repeated one. */
export function checkSingleParts(node: AstNode & { name?: string }, accept: ValidationAcceptor): void {
  const parts = SINGLE_PARTS[node.$type] ?? {};
  for (const [property, shown] of Object.entries(parts)) {
    const nodes = GrammarUtils.findNodesForProperty(node.$cstNode, property);
    for (const extra of nodes.slice(1)) {
      const what = node.$type === 'TicketTemplate' ? 'template' : node.$type.toLowerCase();
      // Point at the keyword (`say`, `goto`...) written before the value, when there is one.
      const siblings = extra.container?.content ?? [];
      const keyword = siblings[siblings.indexOf(extra) - 1];
      const start = keyword && `\`${keyword.text}\`` === shown ? keyword.range.start : extra.range.start;
      accept('error', `${what} '${node.name ?? ''}' has ${shown} twice: keep one (the first is at line ${nodes[0]!.range.start.line + 1})`, { node, range: { start, end: extra.range.end } });
    }
  }
}
