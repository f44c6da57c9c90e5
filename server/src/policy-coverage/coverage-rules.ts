/**
 * Policy coverage: does the published policy state every real flow, and does
 * each clause say what its flows do? Pure rules over the flows in force on a date.
 */
import { DISCLOSURE_USES, RECIPIENT_CLASSES, type DisclosureUse, type RecipientClass } from '@disclosure-map/graph-schema';

export interface ClauseFacts {
  id: string;
  recipientClasses: readonly string[];
  uses: readonly string[];
}

export interface FlowFacts {
  kind: 'COLLECTION' | 'DISCLOSURE';
  id: string;
  clauseIds: readonly string[];
  /** Disclosures only. */
  recipientClass: RecipientClass | null;
  use: DisclosureUse | null;
}

export const MISMATCH_KINDS = [
  'UNDECLARED_RECIPIENT_CLASS',
  'UNDECLARED_USE',
  'DECLARED_RECIPIENT_CLASS_WITHOUT_FLOW',
  'DECLARED_USE_WITHOUT_FLOW',
] as const;
export type MismatchKind = (typeof MISMATCH_KINDS)[number];

export interface Mismatch {
  clauseId: string;
  kind: MismatchKind;
  /** The recipient class or use in question. */
  value: string;
  /** The linked disclosures that show it (empty for a declaration without flow). */
  flowIds: string[];
}

export interface CoverageFindings {
  uncoveredFlowIds: string[];
  idleClauseIds: string[];
  mismatches: Mismatch[];
  flowIdsByClause: Map<string, string[]>;
}

const inOrder = <T extends string>(list: readonly T[], values: Iterable<string>): T[] => {
  const wanted = new Set(values);
  return list.filter((v) => wanted.has(v));
};

/**
 * - uncovered: a flow in force that no clause states;
 * - idle: a clause that states no flow in force;
 * - mismatch: for a clause that declares recipient classes or uses and states disclosures in force, a linked
 *   disclosure whose class or use it does not declare, or a declared class or use that no linked disclosure has
 *   (a clause stating no disclosure at all is idle or about collections, and not compared).
 */
export function policyCoverageFindings(clauses: readonly ClauseFacts[], flows: readonly FlowFacts[]): CoverageFindings {
  const flowIdsByClause = new Map<string, string[]>(clauses.map((c) => [c.id, []]));
  const uncoveredFlowIds: string[] = [];
  for (const flow of flows) {
    const known = flow.clauseIds.filter((id) => flowIdsByClause.has(id));
    if (!known.length) uncoveredFlowIds.push(flow.id);
    for (const id of known) flowIdsByClause.get(id)?.push(flow.id);
  }
  const mismatches: Mismatch[] = [];
  for (const clause of clauses) {
    const linked = flows.filter((f) => f.kind === 'DISCLOSURE' && f.clauseIds.includes(clause.id));
    const check = (
      declared: readonly string[],
      all: readonly string[],
      valueOf: (f: FlowFacts) => string | null,
      undeclared: MismatchKind,
      unused: MismatchKind,
    ) => {
      if (!declared.length || !linked.length) return;
      const seen = new Map<string, string[]>();
      for (const f of linked) {
        const value = valueOf(f);
        if (value) seen.set(value, [...(seen.get(value) ?? []), f.id]);
      }
      for (const value of inOrder(all, seen.keys())) {
        if (!declared.includes(value)) mismatches.push({ clauseId: clause.id, kind: undeclared, value, flowIds: seen.get(value) ?? [] });
      }
      for (const value of inOrder(all, declared)) {
        if (!seen.has(value)) mismatches.push({ clauseId: clause.id, kind: unused, value, flowIds: [] });
      }
    };
    check(
      clause.recipientClasses,
      RECIPIENT_CLASSES,
      (f) => f.recipientClass,
      'UNDECLARED_RECIPIENT_CLASS',
      'DECLARED_RECIPIENT_CLASS_WITHOUT_FLOW',
    );
    check(clause.uses, DISCLOSURE_USES, (f) => f.use, 'UNDECLARED_USE', 'DECLARED_USE_WITHOUT_FLOW');
  }
  return {
    uncoveredFlowIds,
    idleClauseIds: clauses.filter((c) => !flowIdsByClause.get(c.id)?.length).map((c) => c.id),
    mismatches,
    flowIdsByClause,
  };
}
