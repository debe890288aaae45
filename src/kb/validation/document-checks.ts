/** Checks on a flow file as a whole. */
import type { ValidationAcceptor } from 'langium';
import type { Document } from '../generated/ast.js';

/**
 * A file that defines nothing (empty, or comments only) is almost always a mistake: a file
 * saved before it was written, or content lost in a merge. Reported at its first line.
 */
export function checkNotEmpty(root: Document, accept: ValidationAcceptor): void {
  if (root.topics.length + root.templates.length + root.menus.length > 0) return;
  accept('error', 'the file defines nothing: write a `topic`, `template` or `menu` in it, or delete the file', {
    node: root,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  });
}
