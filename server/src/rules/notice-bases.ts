import { NOTICE_BASES, type DisclosureUse, type NoticeBasis } from '@disclosure-map/graph-schema';

/** What the notice-basis rule looks at in a flow or in a who-received row. */
export interface NoticeBasisTraits {
  uses: readonly DisclosureUse[];
  /** True when one of the purposes has targetedAdvertising (sharing for cross-context behavioural advertising). */
  targetedAdvertising: boolean;
}

/**
 * PRODUCT.md §7, the bases on which a recipient must be told of a deletion or correction:
 * - SERVICE_PROVIDER: a use ON_OUR_BEHALF;
 * - SOLD_OR_SHARED: a use OWN_DIRECT_MARKETING or OWN_OTHER_USE, or a targeted-advertising purpose;
 * - GDPR_RECIPIENT: any use but LEGAL_OBLIGATION (an authority in a particular inquiry is no recipient, Art. 4(9)).
 * Returned in the enum's order. The same rule decides which flows need a risk assessment for selling or sharing (§8).
 */
export function noticeBases(flow: NoticeBasisTraits): NoticeBasis[] {
  const has: Record<NoticeBasis, boolean> = {
    SERVICE_PROVIDER: flow.uses.includes('ON_OUR_BEHALF'),
    SOLD_OR_SHARED: flow.uses.includes('OWN_DIRECT_MARKETING') || flow.uses.includes('OWN_OTHER_USE') || flow.targetedAdvertising,
    GDPR_RECIPIENT: flow.uses.some((use) => use !== 'LEGAL_OBLIGATION'),
  };
  return NOTICE_BASES.filter((basis) => has[basis]);
}
