import { BreachElement, DisclosureUse, RecipientClass, type Evidence, type SourceKind } from '../api/generated/graphql';

/** Display names for the API's enums; exhaustive switches so a new value fails the type check. */
export function recipientClassLabel(value: RecipientClass): string {
  switch (value) {
    case 'AFFILIATE':
      return 'Affiliates';
    case 'PROCESSOR':
      return 'Processors';
    case 'CUSTOMER':
      return 'Customers';
    case 'ACQUIRER':
      return 'Acquirers';
    case 'THIRD_PARTY':
      return 'Third parties';
    case 'AUTHORITY':
      return 'Authorities';
  }
}

export function disclosureUseLabel(value: DisclosureUse): string {
  switch (value) {
    case 'ON_OUR_BEHALF':
      return 'On our behalf';
    case 'OWN_DIRECT_MARKETING':
      return 'Own direct marketing';
    case 'OWN_OTHER_USE':
      return 'Own other use';
    case 'LEGAL_OBLIGATION':
      return 'Legal obligation';
    case 'CORPORATE_TRANSACTION':
      return 'Corporate transaction';
  }
}

export function sourceKindLabel(value: SourceKind): string {
  switch (value) {
    case 'DIRECT':
      return 'Direct';
    case 'AUTOMATIC':
      return 'Automatic';
    case 'THIRD_PARTY':
      return 'Third party';
    case 'PUBLIC':
      return 'Public';
  }
}

export function evidenceLabel(value: Evidence): string {
  switch (value) {
    case 'CONFIRMED':
      return 'Confirmed';
    case 'INFERRED':
      return 'Inferred';
  }
}

/** The API's enum values as lists, in the schema's order (the order the forms and filters offer them). */
export const RECIPIENT_CLASSES: readonly RecipientClass[] = Object.values(RecipientClass);
export const DISCLOSURE_USES: readonly DisclosureUse[] = Object.values(DisclosureUse);
export const BREACH_ELEMENTS: readonly BreachElement[] = Object.values(BreachElement);

/** A recipient class code from untyped data (map node groups, the URL), or null. */
export function asRecipientClass(value: string | null | undefined): RecipientClass | null {
  return RECIPIENT_CLASSES.find((candidate) => candidate === value) ?? null;
}

export function asDisclosureUse(value: string): DisclosureUse | null {
  return DISCLOSURE_USES.find((candidate) => candidate === value) ?? null;
}

/** A map edge label "OWN_DIRECT_MARKETING · Purpose, …" with the use spelled out: "Own direct marketing · Purpose, …". */
export function readableFlowLabel(label: string): string {
  const [head, ...rest] = label.split(' · ');
  const use = head ? asDisclosureUse(head) : null;
  return use ? [disclosureUseLabel(use), ...rest].join(' · ') : label;
}

/** Civ. Code §1798.82(h) elements as the statute words them, short. */
const BREACH_ELEMENT_LABELS = {
  NAME: 'Name (first name or initial and last name)',
  SSN: 'Social security number',
  GOVERNMENT_ID: 'Driver’s license, ID card, passport or other government ID number',
  FINANCIAL_ACCOUNT_WITH_CODE: 'Account or card number with its security code or password',
  MEDICAL: 'Medical information',
  HEALTH_INSURANCE: 'Health insurance information',
  BIOMETRIC: 'Unique biometric data',
  LICENSE_PLATE: 'Automated license plate recognition data',
  GENETIC: 'Genetic data',
  ONLINE_CREDENTIALS: 'User name or e-mail with its password or security answer',
} satisfies Record<BreachElement, string>;

export function breachElementLabel(value: BreachElement): string {
  return BREACH_ELEMENT_LABELS[value];
}
