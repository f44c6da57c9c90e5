import type { ShineTheLightCode } from '@disclosure-map/graph-schema';

/**
 * How fideslang (Ethyca Fides, IAB Tech Lab) labels map onto this inventory. A key maps through its longest listed
 * prefix (a child category is part of its parent, so the parent's statutory category holds for it too). Keys under
 * no listed prefix are reported by the importer, never guessed. Written from the fideslang default taxonomy's keys.
 */
export interface FidesCategoryMapping {
  shineTheLight: ShineTheLightCode[];
  sensitive: boolean;
}

export const FIDES_CATEGORIES: Readonly<Record<string, FidesCategoryMapping>> = {
  user: { shineTheLight: [], sensitive: false },
  'user.name': { shineTheLight: ['NAME_AND_ADDRESS'], sensitive: false },
  'user.contact.address': { shineTheLight: ['NAME_AND_ADDRESS'], sensitive: false },
  'user.contact.email': { shineTheLight: ['EMAIL_ADDRESS'], sensitive: false },
  'user.contact.phone_number': { shineTheLight: ['TELEPHONE_NUMBER'], sensitive: false },
  'user.demographic.age_range': { shineTheLight: ['AGE_OR_DATE_OF_BIRTH'], sensitive: false },
  'user.demographic.date_of_birth': { shineTheLight: ['AGE_OR_DATE_OF_BIRTH'], sensitive: false },
  'user.demographic.race_ethnicity': { shineTheLight: ['RACE'], sensitive: true },
  'user.demographic.religious_belief': { shineTheLight: ['RELIGION'], sensitive: true },
  'user.demographic.political_opinion': { shineTheLight: ['POLITICAL_PARTY_AFFILIATION'], sensitive: true },
  'user.demographic.sexual_orientation': { shineTheLight: [], sensitive: true },
  'user.health_and_medical': { shineTheLight: ['MEDICAL_CONDITION'], sensitive: true },
  'user.biometric': { shineTheLight: [], sensitive: true },
  'user.genetic': { shineTheLight: [], sensitive: true },
  'user.criminal_history': { shineTheLight: [], sensitive: true },
  'user.location.precise': { shineTheLight: [], sensitive: true },
  'user.authorization.credentials': { shineTheLight: [], sensitive: true },
  'user.job_title': { shineTheLight: ['OCCUPATION'], sensitive: false },
  'user.workplace': { shineTheLight: ['OCCUPATION'], sensitive: false },
  'user.financial.bank_account': { shineTheLight: ['BANK_ACCOUNT_NUMBER'], sensitive: true },
  'user.financial.credit_card': { shineTheLight: ['CREDIT_CARD_NUMBER'], sensitive: true },
  'user.government_id.national_identification_number': { shineTheLight: ['SOCIAL_SECURITY_NUMBER'], sensitive: true },
  'user.government_id': { shineTheLight: [], sensitive: true },
};

export interface FidesUseMapping {
  directMarketing: boolean;
  targetedAdvertising: boolean;
}

const plain: FidesUseMapping = { directMarketing: false, targetedAdvertising: false };
const marketing: FidesUseMapping = { directMarketing: true, targetedAdvertising: false };
const targeted: FidesUseMapping = { directMarketing: true, targetedAdvertising: true };

export const FIDES_USES: Readonly<Record<string, FidesUseMapping>> = {
  analytics: plain,
  collect: plain,
  employment: plain,
  essential: plain,
  finance: plain,
  functional: plain,
  operations: plain,
  personalize: plain,
  train_ai_system: plain,
  third_party_sharing: plain,
  marketing,
  sales: marketing,
  'marketing.advertising.profiling': targeted,
  'marketing.advertising.first_party.targeted': targeted,
  'marketing.advertising.third_party.targeted': targeted,
};

/** The mapping of the longest listed prefix of a dotted key, or null. */
export function byLongestPrefix<T>(table: Readonly<Record<string, T>>, key: string): T | null {
  for (let k = key; k; k = k.includes('.') ? k.slice(0, k.lastIndexOf('.')) : '') {
    if (k in table) return table[k];
  }
  return null;
}

/** Fides keys become ids: slugs allow dots but not underscores. */
export const fidesId = (key: string): string =>
  key
    .toLowerCase()
    .replace(/_/g, '-')
    .replace(/[^a-z0-9._-]/g, '-')
    .slice(0, 64);

/** "user.contact.phone_number" → "Contact phone number" (the last two parts), for a name when the manifest gives none. */
export function fidesName(key: string): string {
  const parts = key.split('.');
  const text = parts.slice(-2).join(' ').replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
