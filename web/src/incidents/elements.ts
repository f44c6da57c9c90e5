import type { BreachElement } from '../api/generated/graphql';
import { BREACH_ELEMENTS } from '../common/labels';

/** A category's breach elements with its whole subtree's (declaring a parent means its subtree), in the statute's order. */
export function subtreeElements(
  categoryId: string,
  categories: readonly { id: string; parentId: string | null; breachElements: readonly BreachElement[] }[],
): BreachElement[] {
  const found = new Set<BreachElement>();
  const seen = new Set<string>();
  const stack = [categoryId];
  while (stack.length) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const c of categories) {
      if (c.id === id) for (const e of c.breachElements) found.add(e);
      if (c.parentId === id) stack.push(c.id);
    }
  }
  return BREACH_ELEMENTS.filter((e) => found.has(e));
}
