import type { ShineTheLightReport } from '../reports/models/shine-the-light.models';

/** What a Shine-the-Light answer says: its categories and its third parties, each with its own categories. */
export function reportSubstance(report: ShineTheLightReport): string {
  return JSON.stringify({
    categories: report.categories.map((c) => c.code),
    thirdParties: report.thirdParties.map((t) => ({ id: t.recipient.id, categories: t.categories.map((c) => c.code) })),
  });
}

/**
 * PRODUCT.md §7: a frozen answer is inaccurate when the live report for the same person and year no longer has
 * the same categories and third parties. A third party that is still listed with other categories counts as a
 * change too: the letter names each third party's categories, so what was sent would no longer be true.
 */
export function isInaccurate(frozen: ShineTheLightReport, live: ShineTheLightReport): boolean {
  return reportSubstance(frozen) !== reportSubstance(live);
}

/** The calendar year a Shine-the-Light request is answered for: the one before it was received. */
export const reportYearOf = (receivedOn: string) => Number(receivedOn.slice(0, 4)) - 1;
