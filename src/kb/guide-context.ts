/**
 * Checking a few flow files in the context of the shipped guide.
 *
 * An author (or a reviewer) who runs `kb check my-login.flow` means "is my file right as part of
 * the guide?". Checked alone, the file would drown its own faults in errors about the topics it
 * refers to but does not define. So when the files given do not form a whole guide (no menu, or
 * a contract topic missing), the shipped guide fills the gaps: every shipped topic, template and
 * menu that the checked files do not define themselves. The checked files win, so a changed copy
 * of a shipped file replaces the original instead of duplicating it.
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AstNode } from 'langium';
import { TOPIC_IDS } from '../dialogs/graph.js';
import type { Document } from './generated/ast.js';
import { parseFlowText, type FlowSource } from './load-workspace.js';

/** Names a set of flow texts defines, as far as they parse. */
type Defined = { topics: Set<string>; templates: Set<string>; menu: boolean };

function definedBy(roots: readonly (Document | undefined)[]): Defined {
  const present = roots.filter((r): r is Document => r !== undefined);
  return {
    topics: new Set(present.flatMap((r) => r.topics.map((t) => t.name))),
    templates: new Set(present.flatMap((r) => r.templates.map((t) => t.name))),
    menu: present.some((r) => r.menus.length > 0),
  };
}

/** Whether the checked files are a whole guide: a menu and every contract topic. */
function isWholeGuide(defined: Defined): boolean {
  return defined.menu && TOPIC_IDS.every((id) => defined.topics.has(id));
}

/** Blanks the text of `nodes`, keeping line breaks so that positions stay where they were. */
function withoutNodes(text: string, nodes: readonly AstNode[]): string {
  let out = text;
  for (const node of nodes) {
    const cst = node.$cstNode;
    if (!cst) continue;
    const blank = out.slice(cst.offset, cst.end).replace(/[^\r\n]/g, ' ');
    out = out.slice(0, cst.offset) + blank + out.slice(cst.end);
  }
  return out;
}

/** The real path of `p` (symlinks resolved), or its absolute path when it does not exist. */
function realPath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

/**
 * The shipped sources to load beside `checked`, with what `checked` defines cut out; none when
 * the checked files already form a whole guide. `checkedPaths` and `shippedPaths` are real file
 * paths (a shipped file that is itself being checked is not added twice).
 */
export function shippedContext(
  checked: readonly FlowSource[],
  checkedPaths: readonly string[],
  shipped: readonly FlowSource[],
  shippedPaths: readonly string[],
): FlowSource[] {
  // Checking the shipped guide itself (the build, `kb check src/kb/flows`): nothing to add,
  // and no need to parse the files twice.
  const checkedReal = new Set(checkedPaths.map(realPath));
  const others = shipped.filter((_, i) => {
    const path = shippedPaths[i];
    return !(path && checkedReal.has(realPath(path)));
  });
  if (others.length === 0) return [];
  const defined = definedBy(checked.map((s) => parseFlowText(s.text)));
  if (isWholeGuide(defined)) return [];
  const context: FlowSource[] = [];
  others.forEach((source) => {
    const root = parseFlowText(source.text);
    if (!root) return;
    const replaced: AstNode[] = [
      ...root.topics.filter((t) => defined.topics.has(t.name)),
      ...root.templates.filter((t) => defined.templates.has(t.name)),
      ...(defined.menu ? root.menus : []),
    ];
    const parts = root.topics.length + root.templates.length + root.menus.length;
    if (replaced.length === parts) return; // all of it is replaced by the checked files
    context.push({ file: source.file, text: withoutNodes(source.text, replaced) });
  });
  return context;
}
