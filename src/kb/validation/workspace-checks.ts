/**
 * Checks over a whole document set (the guide): names unique across files, one menu, every
 * contract topic defined, every step reachable from some topic's start.
 */
import type { AstNode, LangiumDocument, ValidationAcceptor } from 'langium';
import { TOPIC_IDS } from '../../dialogs/graph.js';
import { isDocument, type Document, type Menu, type Topic } from '../generated/ast.js';
import type { FlowDocumentSets } from '../document-sets.js';
import { reachableSteps } from '../language/flow-targets.js';
import { checkPaths } from './path-checks.js';
import { checkConditionSlots } from './slot-checks.js';

type SetContent = { roots: Document[]; topics: Topic[]; menus: Menu[] };

function contentOf(docs: LangiumDocument[]): SetContent {
  const roots = docs.map((d) => d.parseResult.value).filter(isDocument);
  return {
    roots,
    topics: roots.flatMap((r) => r.topics),
    menus: roots.flatMap((r) => r.menus),
  };
}

function where(node: AstNode, here: Document): string {
  const line = (node.$cstNode?.range.start.line ?? 0) + 1;
  const doc = (node.$document ?? findDocument(node));
  if (!doc || doc.parseResult.value === here) return `line ${line}`;
  const path = doc.uri.path;
  return `${path.slice(path.lastIndexOf('/') + 1)}:${line}`;
}

function findDocument(node: AstNode): LangiumDocument | undefined {
  let n: AstNode | undefined = node;
  while (n?.$container) n = n.$container;
  return n?.$document;
}

/** Reports the later of two same-named nodes, naming where the first one is. */
function reportCrossDuplicates<T extends AstNode & { name: string }>(
  all: T[], mine: readonly T[], kind: string, here: Document, accept: ValidationAcceptor,
): void {
  for (const node of mine) {
    const first = all.find((n) => n.name === node.name);
    if (first && first !== node) {
      accept('error', `duplicate ${kind} '${node.name}' (first defined at ${where(first, here)}): rename or remove one`, { node: node as AstNode, property: 'name' });
    }
  }
}

/** All set-wide checks, reported on the nodes of `root`'s document. */
export function checkDocumentSet(root: Document, sets: FlowDocumentSets, accept: ValidationAcceptor): void {
  const document = root.$document;
  if (!document) return;
  const docs = sets.setOf(document);
  const set = contentOf(docs);
  const isFirst = docs[0] === document;

  reportCrossDuplicates(set.topics, root.topics, 'topic', root, accept);
  reportCrossDuplicates(set.roots.flatMap((r) => r.templates), root.templates, 'template', root, accept);

  for (const menu of root.menus) {
    if (set.menus[0] !== menu) {
      accept('error', `second \`menu\` (the first is at ${where(set.menus[0]!, root)}): a guide has one menu; merge them`, { node: menu });
    }
    const seen = new Set<string>();
    menu.items.forEach((item, index) => {
      if (seen.has(item.$refText)) {
        accept('error', `duplicate menu entry '${item.$refText}': list each topic once`, { node: menu, property: 'items', index });
      }
      seen.add(item.$refText);
      if (item.ref?.hidden) {
        accept('warning', `topic '${item.$refText}' is \`hidden\` but listed in the menu: remove \`hidden\` or the menu entry`, { node: menu, property: 'items', index });
      }
    });
  }

  const menu = set.menus[0];
  if (menu) {
    const listed = new Set(menu.items.map((i) => i.$refText));
    for (const topic of root.topics) {
      if (!topic.hidden && topic.name && !listed.has(topic.name)) {
        accept('warning', `topic '${topic.name}' is neither in the menu nor \`hidden\`: add it to \`menu { ... }\` or mark it \`hidden\``, { node: topic, property: 'name' });
      }
    }
  } else if (isFirst && set.roots.length > 0) {
    accept('warning', 'the guide has no `menu { ... }`: add one listing the topics users can pick', { node: root, code: 'guide-no-menu' });
  }

  const defined = new Set(set.topics.map((t) => t.name));
  const reportOn: AstNode | undefined = menu ? (root.menus.includes(menu) ? menu : undefined) : isFirst ? root : undefined;
  const missing = TOPIC_IDS.filter((id) => !defined.has(id));
  if (reportOn && missing.length > 0) {
    const list = missing.map((id) => `'${id}'`).join(', ');
    accept('error', `contract topic${missing.length > 1 ? 's' : ''} ${list} ${missing.length > 1 ? 'are' : 'is'} not defined by any flow file: add \`topic ${missing[0]} { ... }\`${missing.length > 1 ? ' for each' : ''}`, { node: reportOn, code: 'guide-incomplete' });
  }

  const reachable = reachableSteps(set.topics);
  for (const topic of root.topics) {
    if (!topic.start?.ref) continue; // reported as a missing or unknown start already
    for (const step of topic.steps) {
      const duplicate = topic.steps.find((s) => s.name === step.name) !== step; // reported as duplicate
      if (!reachable.has(step) && !duplicate) {
        accept('error', `step '${topic.name}.${step.name}' is unreachable: no button, prompt, branch, goto or end leads to it from a topic's start; link to it or remove it`, { node: step, property: 'name' });
      }
    }
  }

  checkPaths(set.topics, root.topics, accept);
  checkConditionSlots(set.topics, root.topics, accept);

  const used = new Set(set.topics.flatMap((t) => t.steps).map((s) => s.end?.template?.$refText).filter(Boolean));
  for (const template of root.templates) {
    if (!used.has(template.name)) {
      accept('warning', `template '${template.name}' is never used: end a step with \`end ticket ${template.name}\` or remove it`, { node: template, property: 'name' });
    }
  }
}
