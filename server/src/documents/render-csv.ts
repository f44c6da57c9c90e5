import { toCsv } from '@disclosure-map/graph-schema';
import type { ShineTheLightLetter } from './shine-the-light.letter';

/** One row per third party and statutory category, in statutory order, third parties A–Z (graph-schema's CSV writer). */
export function renderLetterCsv(letter: ShineTheLightLetter, year: number): string {
  const rows = letter.thirdParties.flatMap((t) => t.categories.map((c) => [year, letter.business, t.name, t.address, t.business, c]));
  return toCsv(['year', 'business', 'third_party', 'postal_address', 'nature_of_business', 'category'], rows);
}
