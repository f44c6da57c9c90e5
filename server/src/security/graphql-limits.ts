import {
  type ASTNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { SecurityConfig } from './security-config';

/** Nested fragments beyond this count as too deep. */
const MAX_FRAMES = 200;

/**
 * Root fields whose answer is large or costly whatever is selected below them (the whole map, a person's lineage, a
 * report, a register, the audit log): each counts this much more against GRAPHQL_MAX_COST than its field count, so
 * an operation cannot repeat them under aliases (twenty dataMaps: 2 MB, other callers slowed 80-fold).
 */
export const HEAVY_ROOT_FIELD_COST: Readonly<Record<string, number>> = {
  dataMap: 400,
  whoReceived: 200,
  shineTheLightReport: 200,
  ccpaRightToKnow: 200,
  recordOfProcessing: 200,
  processorsRegister: 150,
  art15Recipients: 150,
  policyCoverage: 200,
  inventoryHistory: 100,
  auditLog: 150,
  requests: 100,
};

/** The root fields an operation selects, through root-level fragments, by field name (aliases do not hide repeats). */
function rootFieldCounts(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  counts = new Map<string, number>(),
  seen: ReadonlySet<string> = new Set(),
): Map<string, number> {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) counts.set(selection.name.value, (counts.get(selection.name.value) ?? 0) + 1);
    else if (selection.kind === Kind.INLINE_FRAGMENT) rootFieldCounts(selection.selectionSet, fragments, counts, seen);
    else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && !seen.has(selection.name.value) && seen.size < MAX_FRAMES)
        rootFieldCounts(fragment.selectionSet, fragments, counts, new Set([...seen, selection.name.value]));
    }
  }
  return counts;
}

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
export function operationLimits(
  limits: Pick<SecurityConfig, 'maxDepth' | 'maxCost' | 'maxAliases' | 'maxRootFields' | 'maxRootFieldRepeats'>,
): ValidationRule {
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
        const roots = rootFieldCounts(operation.selectionSet, fragments);
        // Reads repeated under aliases multiply one answer; aliased mutations (several upserts in one request) are
        // separate units of work, bounded by the top-level field limit.
        const repeated =
          operation.operation === OperationTypeNode.QUERY ? [...roots].find(([, n]) => n > limits.maxRootFieldRepeats) : undefined;
        if (repeated) {
          context.reportError(
            limitError(
              `An operation may select ${repeated[0]} at most ${limits.maxRootFieldRepeats} times (has ${repeated[1]})`,
              operation,
            ),
          );
          return;
        }
        const heavy = [...roots].reduce((sum, [name, n]) => sum + (HEAVY_ROOT_FIELD_COST[name] ?? 0) * n, 0);
        const budget = { left: limits.maxCost + 1 - heavy, depth: limits.maxDepth + 1 };
        const m = measure(operation.selectionSet, fragments, new Set(), budget);
        if (m.depth > limits.maxDepth)
          context.reportError(limitError(`The operation is nested ${m.depth} deep; at most ${limits.maxDepth} is allowed`, operation));
        if (budget.left <= 0 || m.cost + heavy > limits.maxCost)
          context.reportError(
            limitError(`The operation costs more than ${limits.maxCost} (fields, and heavy top-level fields weighted)`, operation),
          );
        if (m.aliases > limits.maxAliases)
          context.reportError(limitError(`The operation uses ${m.aliases} aliases; at most ${limits.maxAliases} are allowed`, operation));
      },
    };
  };
}
