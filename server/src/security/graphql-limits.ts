import {
  type ASTNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { SecurityConfig } from './security-config';

/** Nested fragments beyond this count as too deep. */
const MAX_FRAMES = 200;

interface Measure {
  depth: number;
  cost: number;
  aliases: number;
}

/** Depth, field count and alias count of a selection set, fragments expanded once per path (cycles stop). */
function measure(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: ReadonlySet<string>,
  budget: { left: number; depth: number },
  level = 1,
  frames = 1,
): Measure {
  const out: Measure = { depth: 0, cost: 0, aliases: 0 };
  // Past the limit there is nothing more to learn: stop descending (hostile nesting must not exhaust the stack).
  if (level > budget.depth) return { depth: 1, cost: 0, aliases: 0 };
  if (frames > MAX_FRAMES) return { depth: budget.depth + 1, cost: 0, aliases: 0 };
  for (const selection of set.selections) {
    if (budget.left <= 0) break;
    let inner: Measure;
    if (selection.kind === Kind.FIELD) {
      budget.left -= 1;
      out.cost += 1;
      if (selection.alias) out.aliases += 1;
      if (selection.selectionSet) {
        inner = measure(selection.selectionSet, fragments, seen, budget, level + 1, frames + 1);
        out.depth = Math.max(out.depth, inner.depth + 1);
        out.cost += inner.cost;
        out.aliases += inner.aliases;
      } else out.depth = Math.max(out.depth, 1);
      continue;
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      // Nested inline fragments count as depth: they cost validation work like fields do.
      inner = measure(selection.selectionSet, fragments, seen, budget, level + 1, frames + 1);
      out.depth = Math.max(out.depth, inner.depth + 1);
      out.cost += inner.cost;
      out.aliases += inner.aliases;
      continue;
    }
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (!fragment || seen.has(name)) continue;
    inner = measure(fragment.selectionSet, fragments, new Set([...seen, name]), budget, level, frames + 1);
    out.depth = Math.max(out.depth, inner.depth);
    out.cost += inner.cost;
    out.aliases += inner.aliases;
  }
  return out;
}

const limitError = (message: string, node: ASTNode) =>
  new GraphQLError(message, { nodes: [node], extensions: { code: 'QUERY_TOO_COMPLEX' } });

/**
 * One validation rule for every size limit of an operation: depth, cost (fields
 * after fragment expansion), aliases and top-level fields (batching several
 * operations' worth of work into one request).
 */
export function operationLimits(limits: Pick<SecurityConfig, 'maxDepth' | 'maxCost' | 'maxAliases' | 'maxRootFields'>): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation: OperationDefinitionNode) {
        const rootFields = operation.selectionSet.selections.length;
        if (rootFields > limits.maxRootFields) {
          context.reportError(
            limitError(`An operation may select at most ${limits.maxRootFields} top-level fields (has ${rootFields})`, operation),
          );
          return;
        }
        const budget = { left: limits.maxCost + 1, depth: limits.maxDepth + 1 };
        const m = measure(operation.selectionSet, fragments, new Set(), budget);
        if (m.depth > limits.maxDepth)
          context.reportError(limitError(`The operation is nested ${m.depth} deep; at most ${limits.maxDepth} is allowed`, operation));
        if (budget.left <= 0 || m.cost > limits.maxCost)
          context.reportError(limitError(`The operation selects more than ${limits.maxCost} fields`, operation));
        if (m.aliases > limits.maxAliases)
          context.reportError(limitError(`The operation uses ${m.aliases} aliases; at most ${limits.maxAliases} are allowed`, operation));
      },
    };
  };
}
