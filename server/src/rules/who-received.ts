import { DISCLOSURE_USES, EVIDENCE_KINDS, type DisclosureUse, type Evidence, type RecipientClass } from '@disclosure-map/graph-schema';
import { before, BEGINNING, close, intersect, type ClosedInterval, type IsoDate } from './dates';
import { optOutsViolatedBy, suppressedFrom, type FlowTraits, type OptOutFact } from './opt-outs';

export interface TransferFact {
  id: string;
  occurredOn: IsoDate;
  use: DisclosureUse;
  recipientId: string;
  categoryIds: string[];
  purposeIds: string[];
}

export interface DisclosureFact {
  id: string;
  use: DisclosureUse;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  recipientId: string;
  categoryIds: string[];
  purposeIds: string[];
  segmentIds: string[];
}

export interface MembershipFact {
  segmentId: string;
  since: IsoDate;
  until: IsoDate | null;
}

/** Everything the rules need about one person, loaded by the graph layer. */
export interface PersonFacts {
  memberships: MembershipFact[];
  transfers: TransferFact[];
  disclosures: DisclosureFact[];
  optOuts: OptOutFact[];
  recipientClass: (recipientId: string) => RecipientClass;
  isTargetedAdvertising: (purposeId: string) => boolean;
}

export interface Window {
  from: IsoDate | null;
  to: IsoDate;
}

/** One piece of evidence that a recipient received the person's data, before grouping by recipient. */
export interface Contribution {
  evidence: Evidence;
  recipientId: string;
  use: DisclosureUse;
  categoryIds: string[];
  purposeIds: string[];
  interval: ClosedInterval;
  /** The transfer (CONFIRMED) or disclosure (INFERRED) behind it. */
  sourceId: string;
  violatesOptOuts: OptOutFact[];
}

export interface ReceivedRow {
  recipientId: string;
  categoryIds: string[];
  purposeIds: string[];
  uses: DisclosureUse[];
  evidence: Evidence[];
  firstOn: IsoDate;
  lastOn: IsoDate;
  optOutViolationIds: string[];
}

function traits(facts: PersonFacts, flow: { recipientId: string; use: DisclosureUse; purposeIds: string[] }): FlowTraits {
  return {
    recipientClass: facts.recipientClass(flow.recipientId),
    use: flow.use,
    targetedAdvertising: flow.purposeIds.some((p) => facts.isTargetedAdvertising(p)),
  };
}

/**
 * PRODUCT.md §3 "Who received this person's data", before grouping:
 * - CONFIRMED: every transfer naming the person with occurredOn in the window
 *   (opt-outs do not remove it; a transfer an opt-out should have stopped is a violation);
 * - INFERRED: every disclosure about a segment the person belonged to, over the
 *   overlap of membership, validity and window, minus what opt-outs suppress
 *   from their effectiveOn onward; nothing left, no contribution.
 */
export function contributions(facts: PersonFacts, window: Window): Contribution[] {
  const windowInterval: ClosedInterval = { start: window.from ?? BEGINNING, end: window.to };
  const out: Contribution[] = [];

  for (const t of facts.transfers) {
    if (t.occurredOn < windowInterval.start || t.occurredOn > windowInterval.end) continue;
    out.push({
      evidence: 'CONFIRMED',
      recipientId: t.recipientId,
      use: t.use,
      categoryIds: t.categoryIds,
      purposeIds: t.purposeIds,
      interval: { start: t.occurredOn, end: t.occurredOn },
      sourceId: t.id,
      violatesOptOuts: optOutsViolatedBy(facts.optOuts, traits(facts, t), t.occurredOn),
    });
  }

  for (const d of facts.disclosures) {
    const validity = close({ start: d.validFrom, end: d.validTo });
    const cut = suppressedFrom(facts.optOuts, traits(facts, d));
    for (const m of facts.memberships) {
      if (!d.segmentIds.includes(m.segmentId)) continue;
      let covered = intersect(close({ start: m.since, end: m.until }), validity, windowInterval);
      if (covered && cut !== null) covered = before(covered, cut);
      if (!covered) continue;
      out.push({
        evidence: 'INFERRED',
        recipientId: d.recipientId,
        use: d.use,
        categoryIds: d.categoryIds,
        purposeIds: d.purposeIds,
        interval: covered,
        sourceId: d.id,
        violatesOptOuts: [],
      });
    }
  }
  return out;
}

const inOrder = <T extends string>(order: readonly T[], values: Iterable<T>): T[] => {
  const set = new Set(values);
  return order.filter((v) => set.has(v));
};

/** One row per recipient, lists deduplicated and sorted, dates spanning every contribution. */
export function groupByRecipient(items: readonly Contribution[]): ReceivedRow[] {
  const rows = new Map<string, ReceivedRow & { useSet: Set<DisclosureUse>; evidenceSet: Set<Evidence> }>();
  for (const c of items) {
    let row = rows.get(c.recipientId);
    if (!row) {
      row = {
        recipientId: c.recipientId,
        categoryIds: [],
        purposeIds: [],
        uses: [],
        evidence: [],
        firstOn: c.interval.start,
        lastOn: c.interval.end,
        optOutViolationIds: [],
        useSet: new Set(),
        evidenceSet: new Set(),
      };
      rows.set(c.recipientId, row);
    }
    row.categoryIds.push(...c.categoryIds);
    row.purposeIds.push(...c.purposeIds);
    row.useSet.add(c.use);
    row.evidenceSet.add(c.evidence);
    if (c.interval.start < row.firstOn) row.firstOn = c.interval.start;
    if (c.interval.end > row.lastOn) row.lastOn = c.interval.end;
    if (c.violatesOptOuts.length > 0) row.optOutViolationIds.push(c.sourceId);
  }
  return [...rows.values()].map(({ useSet, evidenceSet, ...row }) => ({
    ...row,
    categoryIds: [...new Set(row.categoryIds)].sort(),
    purposeIds: [...new Set(row.purposeIds)].sort(),
    uses: inOrder(DISCLOSURE_USES, useSet),
    evidence: inOrder(EVIDENCE_KINDS, evidenceSet),
    optOutViolationIds: [...new Set(row.optOutViolationIds)].sort(),
  }));
}
