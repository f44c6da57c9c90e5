import type { DisclosureUse, OptOutScope, RecipientClass } from '@disclosure-map/graph-schema';
import type { IsoDate } from './dates';

/** What an opt-out scope looks at in a flow (a disclosure or a transfer). */
export interface FlowTraits {
  recipientClass: RecipientClass;
  use: DisclosureUse;
  /** True when any of the flow's purposes has targetedAdvertising set. */
  targetedAdvertising: boolean;
}

export interface OptOutFact {
  id: string;
  scope: OptOutScope;
  effectiveOn: IsoDate;
}

/** PRODUCT.md §3, opt-out scopes: does this scope suppress this flow? */
export function scopeSuppresses(scope: OptOutScope, flow: FlowTraits): boolean {
  switch (scope) {
    case 'THIRD_PARTY_SHARING':
      return flow.recipientClass === 'THIRD_PARTY' || flow.recipientClass === 'CUSTOMER';
    case 'CUSTOMER_OFFERS':
      return flow.recipientClass === 'CUSTOMER';
    case 'TARGETED_ADVERTISING':
      return flow.targetedAdvertising;
    case 'DIRECT_MARKETING':
      return flow.use === 'OWN_DIRECT_MARKETING';
    default: {
      const unknown: never = scope;
      throw new Error(`unknown opt-out scope ${String(unknown)}`);
    }
  }
}

/**
 * The first date from which this person's opt-outs suppress the flow, or null.
 * An opt-out applies to everything dated on or after its effectiveOn.
 */
export function suppressedFrom(optOuts: readonly OptOutFact[], flow: FlowTraits): IsoDate | null {
  let earliest: IsoDate | null = null;
  for (const o of optOuts) {
    if (scopeSuppresses(o.scope, flow) && (earliest === null || o.effectiveOn < earliest)) earliest = o.effectiveOn;
  }
  return earliest;
}

/** The opt-outs in force on a date that should have stopped this flow. */
export function optOutsViolatedBy(optOuts: readonly OptOutFact[], flow: FlowTraits, on: IsoDate): OptOutFact[] {
  return optOuts.filter((o) => o.effectiveOn <= on && scopeSuppresses(o.scope, flow));
}
