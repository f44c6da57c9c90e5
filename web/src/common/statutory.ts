import { ShineTheLightCategory } from '../api/generated/graphql';

/** The Shine-the-Light categories of Civ. Code §1798.83(e)(6)(A), in statutory order (PRODUCT.md §4; the schema declares them so). */
export const SHINE_THE_LIGHT_CATEGORIES: readonly ShineTheLightCategory[] = Object.values(ShineTheLightCategory);

/** Their statutory wording. */
const LABELS: Record<ShineTheLightCategory, string> = {
  NAME_AND_ADDRESS: 'Name and address',
  EMAIL_ADDRESS: 'Electronic mail address',
  AGE_OR_DATE_OF_BIRTH: 'Age or date of birth',
  NAMES_OF_CHILDREN: 'Names of children',
  CHILDREN_ADDRESSES: 'Electronic mail or other addresses of children',
  NUMBER_OF_CHILDREN: 'Number of children',
  CHILDREN_AGE_OR_GENDER: 'The age or gender of children',
  HEIGHT: 'Height',
  WEIGHT: 'Weight',
  RACE: 'Race',
  RELIGION: 'Religion',
  OCCUPATION: 'Occupation',
  TELEPHONE_NUMBER: 'Telephone number',
  EDUCATION: 'Education',
  POLITICAL_PARTY_AFFILIATION: 'Political party affiliation',
  MEDICAL_CONDITION: 'Medical condition',
  DRUGS_THERAPIES_MEDICAL_PRODUCTS: 'Drugs, therapies, or medical products or equipment used',
  PRODUCTS_PURCHASED: 'The kind of product the customer purchased, leased, or rented',
  REAL_PROPERTY_PURCHASED: 'Real property purchased, leased, or rented',
  SERVICES_PROVIDED: 'The kind of service provided',
  SOCIAL_SECURITY_NUMBER: 'Social security number',
  BANK_ACCOUNT_NUMBER: 'Bank account number',
  CREDIT_CARD_NUMBER: 'Credit card number',
  DEBIT_CARD_NUMBER: 'Debit card number',
  ACCOUNT_BALANCE: 'Bank or investment account, debit card, or credit card balance',
  PAYMENT_HISTORY: 'Payment history',
  CREDITWORTHINESS: "Information pertaining to the customer's creditworthiness, assets, income, or liabilities",
};

const ORDER = new Map<string, number>(SHINE_THE_LIGHT_CATEGORIES.map((code, index) => [code, index]));

export function statutoryLabel(code: ShineTheLightCategory): string {
  return LABELS[code];
}

/** Sorts statutory categories into statutory order (unknown codes last, stable). */
export function inStatutoryOrder<T extends { code: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (ORDER.get(a.code) ?? Number.MAX_SAFE_INTEGER) - (ORDER.get(b.code) ?? Number.MAX_SAFE_INTEGER));
}
