/** Reporting of names defined twice. */
import type { AstNode, ValidationAcceptor } from 'langium';

/** Reports every element whose key was already used by an earlier one (at the later one's name). */
export function reportDuplicates<T extends AstNode>(
  items: readonly T[],
  key: (item: T) => string | undefined,
  message: (item: T) => string,
  accept: ValidationAcceptor,
): void {
  const first = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    if (!k) continue;
    const earlier = first.get(k);
    if (!earlier) {
      first.set(k, item);
      continue;
    }
    const line = (earlier.$cstNode?.range.start.line ?? 0) + 1;
    accept('error', `${message(item)} (first defined at line ${line}): rename or remove one`, { node: item as AstNode, property: 'name' });
  }
}
