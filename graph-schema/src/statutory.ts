/**
 * Statutory category lists. Order matters: every report lists categories in
 * the order the statute gives them, so these arrays ARE that order.
 */

export interface StatutoryCategory<Code extends string = string> {
  readonly code: Code;
  readonly label: string;
  readonly citation: string;
}

/** California Civil Code §1798.83(e)(6)(A), "Shine the Light", in statutory order. */
export const SHINE_THE_LIGHT_CATEGORIES = [
  { code: 'NAME_AND_ADDRESS', label: 'Name and address', citation: '§1798.83(e)(6)(A)(i)' },
  { code: 'EMAIL_ADDRESS', label: 'Electronic mail address', citation: '§1798.83(e)(6)(A)(ii)' },
  { code: 'AGE_OR_DATE_OF_BIRTH', label: 'Age or date of birth', citation: '§1798.83(e)(6)(A)(iii)' },
  { code: 'NAMES_OF_CHILDREN', label: 'Names of children', citation: '§1798.83(e)(6)(A)(iv)' },
  {
    code: 'CHILDREN_ADDRESSES',
    label: 'Electronic mail or other addresses of children',
    citation: '§1798.83(e)(6)(A)(v)',
  },
  { code: 'NUMBER_OF_CHILDREN', label: 'Number of children', citation: '§1798.83(e)(6)(A)(vi)' },
  { code: 'CHILDREN_AGE_OR_GENDER', label: 'The age or gender of children', citation: '§1798.83(e)(6)(A)(vii)' },
  { code: 'HEIGHT', label: 'Height', citation: '§1798.83(e)(6)(A)(viii)' },
  { code: 'WEIGHT', label: 'Weight', citation: '§1798.83(e)(6)(A)(ix)' },
  { code: 'RACE', label: 'Race', citation: '§1798.83(e)(6)(A)(x)' },
  { code: 'RELIGION', label: 'Religion', citation: '§1798.83(e)(6)(A)(xi)' },
  { code: 'OCCUPATION', label: 'Occupation', citation: '§1798.83(e)(6)(A)(xii)' },
  { code: 'TELEPHONE_NUMBER', label: 'Telephone number', citation: '§1798.83(e)(6)(A)(xiii)' },
  { code: 'EDUCATION', label: 'Education', citation: '§1798.83(e)(6)(A)(xiv)' },
  { code: 'POLITICAL_PARTY_AFFILIATION', label: 'Political party affiliation', citation: '§1798.83(e)(6)(A)(xv)' },
  { code: 'MEDICAL_CONDITION', label: 'Medical condition', citation: '§1798.83(e)(6)(A)(xvi)' },
  {
    code: 'DRUGS_THERAPIES_MEDICAL_PRODUCTS',
    label: 'Drugs, therapies, or medical products or equipment used',
    citation: '§1798.83(e)(6)(A)(xvii)',
  },
  {
    code: 'PRODUCTS_PURCHASED',
    label: 'The kind of product the customer purchased, leased, or rented',
    citation: '§1798.83(e)(6)(A)(xviii)',
  },
  {
    code: 'REAL_PROPERTY_PURCHASED',
    label: 'Real property purchased, leased, or rented',
    citation: '§1798.83(e)(6)(A)(xix)',
  },
  { code: 'SERVICES_PROVIDED', label: 'The kind of service provided', citation: '§1798.83(e)(6)(A)(xx)' },
  { code: 'SOCIAL_SECURITY_NUMBER', label: 'Social security number', citation: '§1798.83(e)(6)(A)(xxi)' },
  { code: 'BANK_ACCOUNT_NUMBER', label: 'Bank account number', citation: '§1798.83(e)(6)(A)(xxii)' },
  { code: 'CREDIT_CARD_NUMBER', label: 'Credit card number', citation: '§1798.83(e)(6)(A)(xxiii)' },
  { code: 'DEBIT_CARD_NUMBER', label: 'Debit card number', citation: '§1798.83(e)(6)(A)(xxiv)' },
  {
    code: 'ACCOUNT_BALANCE',
    label: 'Bank or investment account, debit card, or credit card balance',
    citation: '§1798.83(e)(6)(A)(xxv)',
  },
  { code: 'PAYMENT_HISTORY', label: 'Payment history', citation: '§1798.83(e)(6)(A)(xxvi)' },
  {
    code: 'CREDITWORTHINESS',
    label: "Information pertaining to the customer's creditworthiness, assets, income, or liabilities",
    citation: '§1798.83(e)(6)(A)(xxvii)',
  },
] as const satisfies readonly StatutoryCategory[];

export type ShineTheLightCode = (typeof SHINE_THE_LIGHT_CATEGORIES)[number]['code'];
export const SHINE_THE_LIGHT_CODES: readonly ShineTheLightCode[] = SHINE_THE_LIGHT_CATEGORIES.map((c) => c.code);

/** CCPA categories of personal information, Civ. Code §1798.140(v)(1)(A)–(L), in statutory order. */
export const CCPA_PERSONAL_INFORMATION_CATEGORIES = [
  {
    code: 'IDENTIFIERS',
    label:
      'Identifiers such as a real name, alias, postal address, unique personal identifier, online identifier, internet protocol address, email address, account name, social security number, driver’s license number, passport number, or other similar identifiers',
    citation: '§1798.140(v)(1)(A)',
  },
  {
    code: 'CUSTOMER_RECORDS',
    label: 'Any personal information described in subdivision (e) of Section 1798.80',
    citation: '§1798.140(v)(1)(B)',
  },
  {
    code: 'PROTECTED_CHARACTERISTICS',
    label: 'Characteristics of protected classifications under California or federal law',
    citation: '§1798.140(v)(1)(C)',
  },
  {
    code: 'COMMERCIAL_INFORMATION',
    label:
      'Commercial information, including records of personal property, products or services purchased, obtained, or considered, or other purchasing or consuming histories or tendencies',
    citation: '§1798.140(v)(1)(D)',
  },
  { code: 'BIOMETRIC_INFORMATION', label: 'Biometric information', citation: '§1798.140(v)(1)(E)' },
  {
    code: 'INTERNET_ACTIVITY',
    label:
      'Internet or other electronic network activity information, including, but not limited to, browsing history, search history, and information regarding a consumer’s interaction with an internet website application, or advertisement',
    citation: '§1798.140(v)(1)(F)',
  },
  { code: 'GEOLOCATION', label: 'Geolocation data', citation: '§1798.140(v)(1)(G)' },
  {
    code: 'SENSORY_DATA',
    label: 'Audio, electronic, visual, thermal, olfactory, or similar information',
    citation: '§1798.140(v)(1)(H)',
  },
  {
    code: 'PROFESSIONAL_INFORMATION',
    label: 'Professional or employment-related information',
    citation: '§1798.140(v)(1)(I)',
  },
  {
    code: 'EDUCATION_INFORMATION',
    label:
      'Education information, defined as information that is not publicly available personally identifiable information as defined in the Family Educational Rights and Privacy Act (20 U.S.C. Section 1232g; 34 C.F.R. Part 99)',
    citation: '§1798.140(v)(1)(J)',
  },
  {
    code: 'INFERENCES',
    label:
      'Inferences drawn from any of the information identified in this subdivision to create a profile about a consumer reflecting the consumer’s preferences, characteristics, psychological trends, predispositions, behavior, attitudes, intelligence, abilities, and aptitudes',
    citation: '§1798.140(v)(1)(K)',
  },
  { code: 'SENSITIVE_PERSONAL_INFORMATION', label: 'Sensitive personal information', citation: '§1798.140(v)(1)(L)' },
] as const satisfies readonly StatutoryCategory[];

/** CCPA sensitive personal information, Civ. Code §1798.140(ae), in statutory order. */
export const CCPA_SENSITIVE_CATEGORIES = [
  {
    code: 'SPI_GOVERNMENT_IDENTIFIERS',
    label: 'A consumer’s social security, driver’s license, state identification card, or passport number',
    citation: '§1798.140(ae)(1)(A)',
  },
  {
    code: 'SPI_ACCOUNT_CREDENTIALS',
    label:
      'A consumer’s account log-in, financial account, debit card, or credit card number in combination with any required security or access code, password, or credentials allowing access to an account',
    citation: '§1798.140(ae)(1)(B)',
  },
  { code: 'SPI_PRECISE_GEOLOCATION', label: 'A consumer’s precise geolocation', citation: '§1798.140(ae)(1)(C)' },
  {
    code: 'SPI_ORIGIN_BELIEFS_UNION',
    label:
      'A consumer’s racial or ethnic origin, citizenship or immigration status, religious or philosophical beliefs, or union membership',
    citation: '§1798.140(ae)(1)(D)',
  },
  {
    code: 'SPI_COMMUNICATIONS_CONTENTS',
    label: 'The contents of a consumer’s mail, email, and text messages unless the business is the intended recipient of the communication',
    citation: '§1798.140(ae)(1)(E)',
  },
  { code: 'SPI_GENETIC_DATA', label: 'A consumer’s genetic data', citation: '§1798.140(ae)(1)(F)' },
  { code: 'SPI_NEURAL_DATA', label: 'A consumer’s neural data', citation: '§1798.140(ae)(1)(G)' },
  {
    code: 'SPI_BIOMETRIC_IDENTIFICATION',
    label: 'The processing of biometric information for the purpose of uniquely identifying a consumer',
    citation: '§1798.140(ae)(2)(A)',
  },
  {
    code: 'SPI_HEALTH',
    label: 'Personal information collected and analyzed concerning a consumer’s health',
    citation: '§1798.140(ae)(2)(B)',
  },
  {
    code: 'SPI_SEX_LIFE_ORIENTATION',
    label: 'Personal information collected and analyzed concerning a consumer’s sex life or sexual orientation',
    citation: '§1798.140(ae)(2)(C)',
  },
] as const satisfies readonly StatutoryCategory[];

/** Every CCPA code a data category may carry: the (v)(1) categories, then the (ae) sensitive ones. */
export const CCPA_CATEGORIES = [...CCPA_PERSONAL_INFORMATION_CATEGORIES, ...CCPA_SENSITIVE_CATEGORIES] as const;
export type CcpaCode = (typeof CCPA_CATEGORIES)[number]['code'];
export const CCPA_CODES: readonly CcpaCode[] = CCPA_CATEGORIES.map((c) => c.code);

/** Sort statutory codes into the statute's order, dropping duplicates. */
export function inStatutoryOrder<Code extends string>(
  list: readonly StatutoryCategory<Code>[],
  codes: Iterable<string>,
): StatutoryCategory<Code>[] {
  const wanted = new Set(codes);
  return list.filter((c) => wanted.has(c.code));
}
