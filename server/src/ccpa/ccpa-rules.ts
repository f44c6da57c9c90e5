/**
 * CCPA right to know (Civ. Code §1798.110 and §1798.115), as pure rules.
 *
 * A flow (disclosure or transfer) is
 * - SOLD when the recipient uses the data for its own ends (use OWN_DIRECT_MARKETING or OWN_OTHER_USE:
 *   made available for valuable consideration, §1798.140(ad));
 * - SHARED when any of its purposes is cross-context behavioural advertising (targetedAdvertising, §1798.140(ah)),
 *   whoever receives it — a service provider may not provide that service (§1798.140(e)(6));
 * - otherwise DISCLOSED FOR A BUSINESS PURPOSE (service providers and contractors, ON_OUR_BEHALF) or for a
 *   purpose the Act exempts (LEGAL_OBLIGATION §1798.145(a), CORPORATE_TRANSACTION §1798.140(ad)(2)(C)),
 *   listed with the business-purpose disclosures so nothing is left out.
 */
import { badInput } from '../common/app-error';
import {
  CCPA_CATEGORIES,
  inStatutoryOrder,
  RECIPIENT_CLASS_NAMES,
  RECIPIENT_CLASSES,
  type CcpaCode,
  type DisclosureUse,
  type RecipientClass,
  type StatutoryCategory,
} from '@disclosure-map/graph-schema';
import { addDays, addMonths, type ClosedInterval, type IsoDate } from '../rules/dates';
import { subtreeOf } from '../rules/shine-the-light';

export interface CcpaCategoryNode {
  id: string;
  parentId: string | null;
  ccpa: readonly string[];
}

export interface CcpaFlow {
  recipientClass: RecipientClass;
  use: DisclosureUse;
  categoryIds: readonly string[];
  purposeIds: readonly string[];
}

export interface SoldOrSharedRow {
  category: StatutoryCategory<CcpaCode>;
  sold: boolean;
  shared: boolean;
  thirdPartyCategories: string[];
}

export interface BusinessPurposeRow {
  category: StatutoryCategory<CcpaCode>;
  recipientCategories: string[];
}

/** The 12 months before a date, that date included (§1798.130(a)(2)(B)). */
export function twelveMonthsBefore(asOf: IsoDate): ClosedInterval {
  return { start: addDays(addMonths(asOf, -12), 1), end: asOf };
}

/** The earliest date the CCPA right to know reaches back to (§1798.130(a)(2)(B)). */
export const CCPA_LOOKBACK_START: IsoDate = '2022-01-01';

/** The period a right-to-know answer covers: from `from` (default: the 12 months before asOf) to asOf. */
export function rightToKnowPeriod(asOf: IsoDate, from: IsoDate | null): ClosedInterval {
  if (from === null) return twelveMonthsBefore(asOf);
  if (from < CCPA_LOOKBACK_START) throw badInput('from', `must not be before ${CCPA_LOOKBACK_START} (Civ. Code §1798.130(a)(2)(B))`);
  if (from > asOf) throw badInput('from', `must not be after asOf (${asOf})`);
  return { start: from, end: asOf };
}

/** CCPA categories of declared data categories: each one and its subtree, in statutory order. */
export function ccpaCategoriesFor(categoryIds: Iterable<string>, categories: readonly CcpaCategoryNode[]): StatutoryCategory<CcpaCode>[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const nodes = categories.map((c) => ({ id: c.id, parentId: c.parentId, shineTheLight: [] }));
  const codes = new Set<string>();
  for (const id of categoryIds) for (const member of subtreeOf(id, nodes)) for (const code of byId.get(member)?.ccpa ?? []) codes.add(code);
  return inStatutoryOrder(CCPA_CATEGORIES, codes);
}

export function isSold(flow: CcpaFlow): boolean {
  return flow.use === 'OWN_DIRECT_MARKETING' || flow.use === 'OWN_OTHER_USE';
}

export function isShared(flow: CcpaFlow, isTargetedAdvertising: (purposeId: string) => boolean): boolean {
  return flow.purposeIds.some(isTargetedAdvertising);
}

const classNames = (classes: Set<RecipientClass>) => RECIPIENT_CLASSES.filter((c) => classes.has(c)).map((c) => RECIPIENT_CLASS_NAMES[c]);

/** The two separate lists of §1798.115(c): sold or shared (with the categories of third parties) and disclosed for a business purpose. */
export function ccpaDisclosureLists(
  flows: readonly CcpaFlow[],
  categories: readonly CcpaCategoryNode[],
  isTargetedAdvertising: (purposeId: string) => boolean,
): { soldOrShared: SoldOrSharedRow[]; businessPurpose: BusinessPurposeRow[] } {
  const sold = new Map<CcpaCode, { sold: boolean; shared: boolean; classes: Set<RecipientClass> }>();
  const business = new Map<CcpaCode, Set<RecipientClass>>();
  for (const flow of flows) {
    const codes = ccpaCategoriesFor(flow.categoryIds, categories).map((c) => c.code);
    const flowSold = isSold(flow);
    const flowShared = isShared(flow, isTargetedAdvertising);
    for (const code of codes) {
      if (flowSold || flowShared) {
        const row = sold.get(code) ?? { sold: false, shared: false, classes: new Set<RecipientClass>() };
        row.sold ||= flowSold;
        row.shared ||= flowShared;
        row.classes.add(flow.recipientClass);
        sold.set(code, row);
      } else {
        business.set(code, (business.get(code) ?? new Set<RecipientClass>()).add(flow.recipientClass));
      }
    }
  }
  return {
    soldOrShared: inStatutoryOrder(CCPA_CATEGORIES, new Set(sold.keys())).map((category) => {
      const row = sold.get(category.code) as { sold: boolean; shared: boolean; classes: Set<RecipientClass> };
      return { category, sold: row.sold, shared: row.shared, thirdPartyCategories: classNames(row.classes) };
    }),
    businessPurpose: inStatutoryOrder(CCPA_CATEGORIES, new Set(business.keys())).map((category) => ({
      category,
      recipientCategories: classNames(business.get(category.code) as Set<RecipientClass>),
    })),
  };
}

export const SOURCE_KIND_LABELS: Record<string, string> = {
  DIRECT: 'Directly from the consumer',
  AUTOMATIC: 'Automatically, from the consumer’s devices and use of our services',
  THIRD_PARTY: 'From third parties, such as partners and service providers',
  PUBLIC: 'From publicly available sources',
};
