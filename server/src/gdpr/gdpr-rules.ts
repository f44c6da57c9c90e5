/**
 * GDPR records as pure rules: which countries are third countries, which
 * disclosures a processing activity feeds, and the Art. 30(1) columns.
 */
import { RECIPIENT_CLASS_NAMES, RECIPIENT_CLASSES, type RecipientClass } from '@disclosure-map/graph-schema';
import { subtreeOf } from '../rules/shine-the-light';

/** EU member states and the other EEA states (Iceland, Liechtenstein, Norway), ISO 3166-1 alpha-2. */
// prettier-ignore
export const EEA_COUNTRIES = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  'IS', 'LI', 'NO',
]);

/** A recipient outside the EEA (Chapter V); an unknown country is not assumed either way. */
export function isThirdCountry(country: string | null): boolean | null {
  if (!country) return null;
  return !EEA_COUNTRIES.has(country.trim().toUpperCase());
}

export interface ActivityFacts {
  id: string;
  categoryIds: readonly string[];
  segmentIds: readonly string[];
}

export interface DisclosureFacts extends ActivityFacts {
  recipientId: string;
}

interface CategoryTree {
  id: string;
  parentId: string | null;
}

/** The disclosures that pass on data a collection gathers: about one of its segments, of a category in its subtrees. */
export function disclosuresFed<D extends DisclosureFacts>(
  activity: ActivityFacts,
  disclosures: readonly D[],
  categories: readonly CategoryTree[],
): D[] {
  const nodes = categories.map((c) => ({ ...c, shineTheLight: [] }));
  const expand = (ids: readonly string[]) => new Set(ids.flatMap((id) => subtreeOf(id, nodes)));
  const gathered = expand(activity.categoryIds);
  return disclosures.filter(
    (d) => d.segmentIds.some((s) => activity.segmentIds.includes(s)) && [...expand(d.categoryIds)].some((c) => gathered.has(c)),
  );
}

/** A category's time limit for erasure: its own, else the nearest ancestor's. */
export function retentionFor(
  categoryId: string,
  categories: ReadonlyMap<string, CategoryTree>,
  retention: ReadonlyMap<string, string>,
): string | null {
  const seen = new Set<string>();
  for (let id: string | null = categoryId; id && !seen.has(id); id = categories.get(id)?.parentId ?? null) {
    seen.add(id);
    const limit = retention.get(id);
    if (limit) return limit;
  }
  return null;
}

export const ART30_COLUMNS = [
  'Processing activity',
  'Controller',
  'Controller contact',
  'Purposes of the processing',
  'Categories of data subjects',
  'Categories of personal data',
  'Categories of recipients',
  'Recipients in third countries',
  'Transfers to third countries and safeguards',
  'Time limits for erasure',
  'Technical and organisational security measures',
  'In force from',
  'In force until',
] as const;

export const classLabels = (classes: Iterable<RecipientClass>): string[] => {
  const set = new Set(classes);
  return RECIPIENT_CLASSES.filter((c) => set.has(c)).map((c) => RECIPIENT_CLASS_NAMES[c]);
};
