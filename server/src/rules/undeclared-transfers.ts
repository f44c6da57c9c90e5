import type { DisclosureUse, UndeclaredReason } from '@disclosure-map/graph-schema';
import type { IsoDate } from './dates';

/** What the rule needs of a recorded transfer. */
export interface LedgerTransfer {
  id: string;
  occurredOn: IsoDate;
  use: DisclosureUse;
  recipientId: string;
  categoryIds: readonly string[];
  purposeIds: readonly string[];
}

/** What the rule needs of a declared disclosure. */
export interface DeclaredDisclosure {
  recipientId: string;
  use: DisclosureUse;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  categoryIds: readonly string[];
  purposeIds: readonly string[];
}

export interface UndeclaredFinding {
  reasons: UndeclaredReason[];
  /** The transfer's categories that no disclosure with its use declares, itself or through an ancestor; in the transfer's order. */
  uncoveredCategoryIds: string[];
}

/** A category and its ancestors (PART_OF, child to parent); a cycle in bad data ends the walk. */
export function selfAndAncestors(categoryId: string, parentOf: (id: string) => string | null): string[] {
  const chain: string[] = [];
  for (let id: string | null = categoryId; id !== null && !chain.includes(id); id = parentOf(id)) chain.push(id);
  return chain;
}

const inForce = (d: DeclaredDisclosure, on: IsoDate) => d.validFrom <= on && (d.validTo === null || d.validTo >= on);

/**
 * PRODUCT.md §8, undeclared transfers. Among the disclosures to the transfer's recipient in force on occurredOn:
 * none → NO_DISCLOSURE_IN_FORCE; else none with the transfer's use → USE_NOT_DECLARED; else, against those with the
 * same use, CATEGORY_NOT_DECLARED (a transfer category that neither equals nor descends from a declared one: a
 * declared parent stands for its subtree) and/or PURPOSE_NOT_DECLARED (a transfer purpose none of them declares).
 * Null when the declared flows cover the transfer.
 */
export function undeclaredFinding(
  transfer: LedgerTransfer,
  disclosures: readonly DeclaredDisclosure[],
  parentOf: (categoryId: string) => string | null,
): UndeclaredFinding | null {
  const toRecipient = disclosures.filter((d) => d.recipientId === transfer.recipientId && inForce(d, transfer.occurredOn));
  if (!toRecipient.length) return { reasons: ['NO_DISCLOSURE_IN_FORCE'], uncoveredCategoryIds: [] };
  const sameUse = toRecipient.filter((d) => d.use === transfer.use);
  if (!sameUse.length) return { reasons: ['USE_NOT_DECLARED'], uncoveredCategoryIds: [] };
  const declaredCategories = new Set(sameUse.flatMap((d) => d.categoryIds));
  const declaredPurposes = new Set(sameUse.flatMap((d) => d.purposeIds));
  const uncoveredCategoryIds = transfer.categoryIds.filter((c) => !selfAndAncestors(c, parentOf).some((id) => declaredCategories.has(id)));
  const reasons: UndeclaredReason[] = [];
  if (uncoveredCategoryIds.length) reasons.push('CATEGORY_NOT_DECLARED');
  if (transfer.purposeIds.some((p) => !declaredPurposes.has(p))) reasons.push('PURPOSE_NOT_DECLARED');
  return reasons.length ? { reasons, uncoveredCategoryIds } : null;
}
