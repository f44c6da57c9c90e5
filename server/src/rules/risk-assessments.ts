import type { DisclosureUse, FlowKind, RiskReason, RiskStatus } from '@disclosure-map/graph-schema';
import type { IsoDate } from './dates';
import { noticeBases } from './notice-bases';

/** The day the CCPA risk-assessment regulations took effect. */
export const RISK_RULES_IN_FORCE_ON: IsoDate = '2026-01-01';
/** Flows already in force before that day have until this date (the regulations' transition period). */
export const TRANSITION_DUE_ON: IsoDate = '2027-12-31';

/** What the rule looks at in a collection or a disclosure. */
export interface RiskFlow {
  kind: FlowKind;
  validFrom: IsoDate;
  /** Disclosures only (a collection has no use). */
  use: DisclosureUse | null;
  targetedAdvertising: boolean;
  /** True when one of its categories is marked sensitive or has a sensitive descendant. */
  sensitiveData: boolean;
}

/**
 * PRODUCT.md §8: SELLING_OR_SHARING for a disclosure with the SOLD_OR_SHARED notice basis of §7 (a use
 * OWN_DIRECT_MARKETING / OWN_OTHER_USE, or a targeted-advertising purpose); SENSITIVE_DATA for any flow of
 * sensitive data. Empty: the flow needs no assessment.
 */
export function riskReasons(flow: RiskFlow): RiskReason[] {
  const has: Record<RiskReason, boolean> = {
    SELLING_OR_SHARING:
      flow.kind === 'DISCLOSURE' &&
      flow.use !== null &&
      noticeBases({ uses: [flow.use], targetedAdvertising: flow.targetedAdvertising }).includes('SOLD_OR_SHARED'),
    SENSITIVE_DATA: flow.sensitiveData,
  };
  return (Object.keys(has) as RiskReason[]).filter((r) => has[r]);
}

/**
 * The assessment is due when the flow starts; a flow "in force before 2026-01-01" — read as validFrom before that
 * day, whether or not it is still in force on the day the list is asked for — is due on 2027-12-31.
 */
export function riskDueOn(validFrom: IsoDate): IsoDate {
  return validFrom < RISK_RULES_IN_FORCE_ON ? TRANSITION_DUE_ON : validFrom;
}

/** DONE once assessed on or before asOf; otherwise OVERDUE when dueOn is before asOf, else DUE. */
export function riskStatus(dueOn: IsoDate, assessedOn: IsoDate | null, asOf: IsoDate): RiskStatus {
  if (assessedOn !== null && assessedOn <= asOf) return 'DONE';
  return dueOn < asOf ? 'OVERDUE' : 'DUE';
}

/** A category is sensitive data when it, or any category below it, is marked sensitive. */
export function sensitiveCategoryIds(
  categories: readonly { id: string; parentId: string | null; sensitive: boolean | null }[],
): Set<string> {
  const parent = new Map(categories.map((c) => [c.id, c.parentId]));
  const out = new Set<string>();
  for (const c of categories) {
    if (!c.sensitive) continue;
    for (let id: string | null = c.id; id !== null && !out.has(id); id = parent.get(id) ?? null) out.add(id);
  }
  return out;
}
