/** The Shine-the-Light categories of Civ. Code §1798.83(e)(6)(A) in statutory order (PRODUCT.md §4). */
export const SHINE_THE_LIGHT_CATEGORIES: readonly { code: string; label: string }[] = [
  { code: 'NAME_AND_ADDRESS', label: 'Name and address' },
  { code: 'EMAIL_ADDRESS', label: 'Electronic mail address' },
  { code: 'AGE_OR_DATE_OF_BIRTH', label: 'Age or date of birth' },
  { code: 'NAMES_OF_CHILDREN', label: 'Names of children' },
  { code: 'CHILDREN_ADDRESSES', label: 'Electronic mail or other addresses of children' },
  { code: 'NUMBER_OF_CHILDREN', label: 'Number of children' },
  { code: 'CHILDREN_AGE_OR_GENDER', label: 'The age or gender of children' },
  { code: 'HEIGHT', label: 'Height' },
  { code: 'WEIGHT', label: 'Weight' },
  { code: 'RACE', label: 'Race' },
  { code: 'RELIGION', label: 'Religion' },
  { code: 'OCCUPATION', label: 'Occupation' },
  { code: 'TELEPHONE_NUMBER', label: 'Telephone number' },
  { code: 'EDUCATION', label: 'Education' },
  { code: 'POLITICAL_PARTY_AFFILIATION', label: 'Political party affiliation' },
  { code: 'MEDICAL_CONDITION', label: 'Medical condition' },
  { code: 'DRUGS_THERAPIES_MEDICAL_PRODUCTS', label: 'Drugs, therapies, or medical products or equipment used' },
  { code: 'PRODUCTS_PURCHASED', label: 'The kind of product the customer purchased, leased, or rented' },
  { code: 'REAL_PROPERTY_PURCHASED', label: 'Real property purchased, leased, or rented' },
  { code: 'SERVICES_PROVIDED', label: 'The kind of service provided' },
  { code: 'SOCIAL_SECURITY_NUMBER', label: 'Social security number' },
  { code: 'BANK_ACCOUNT_NUMBER', label: 'Bank account number' },
  { code: 'CREDIT_CARD_NUMBER', label: 'Credit card number' },
  { code: 'DEBIT_CARD_NUMBER', label: 'Debit card number' },
  { code: 'ACCOUNT_BALANCE', label: 'Bank or investment account, debit card, or credit card balance' },
  { code: 'PAYMENT_HISTORY', label: 'Payment history' },
  {
    code: 'CREDITWORTHINESS',
    label: "Information pertaining to the customer's creditworthiness, assets, income, or liabilities",
  },
];

const ORDER = new Map(SHINE_THE_LIGHT_CATEGORIES.map((category, index) => [category.code, index]));

export function statutoryLabel(code: string): string {
  return SHINE_THE_LIGHT_CATEGORIES.find((category) => category.code === code)?.label ?? code;
}

/** Sorts statutory categories into statutory order (unknown codes last, stable). */
export function inStatutoryOrder<T extends { code: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (ORDER.get(a.code) ?? Number.MAX_SAFE_INTEGER) - (ORDER.get(b.code) ?? Number.MAX_SAFE_INTEGER));
}
