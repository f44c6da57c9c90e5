import { parse } from 'yaml';
import { byLongestPrefix, FIDES_CATEGORIES, FIDES_USES, fidesId, fidesName } from './fides-map';
import type { Item } from './inventory-plan';

export interface FidesImport {
  document: { version: 1; categories: Item[]; purposes: Item[]; segments: Item[]; systems: Item[] };
  /** What the manifest says that this inventory cannot hold or that the tables do not map, with where it is. */
  unmapped: string[];
}

interface FidesDeclaration {
  name?: string;
  data_categories?: string[];
  data_use?: string;
  data_subjects?: string[];
  third_parties?: string | null;
  data_shared_with_third_parties?: boolean;
}
interface FidesSystem {
  fides_key?: string;
  name?: string;
  description?: string;
  administrating_department?: string;
  privacy_declarations?: FidesDeclaration[];
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * An Ethyca Fides system manifest (`system:` list with privacy_declarations) as an inventory document: data
 * categories → categories (the hierarchy of their dotted keys, statutory categories from fides-map.ts), data uses →
 * purposes (directMarketing / targetedAdvertising from the table), data subjects → segments, systems → systems. A Fides
 * declaration says what a system processes, not where data comes from or whom it goes to, so it is no collection or
 * disclosure here: declarations that share data with third parties are reported for a disclosure to be added by hand.
 */
export function importFidesManifest(text: string): FidesImport {
  const manifest = parse(text) as { system?: unknown } | null;
  const systems = list(manifest?.system) as FidesSystem[];
  const unmapped: string[] = [];
  if (!systems.length) unmapped.push('the manifest has no `system:` list');
  const categories = new Map<string, Item>();
  const purposes = new Map<string, Item>();
  const segments = new Map<string, Item>();
  const out: Item[] = [];

  const addCategory = (key: string, where: string): void => {
    const id = fidesId(key);
    if (categories.has(id)) return;
    if (!key.startsWith('user')) {
      unmapped.push(`${where}: data category ${key} is not data about a person (only user.* is imported)`);
      return;
    }
    const parent = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : null;
    if (parent) addCategory(parent, where);
    const mapping = byLongestPrefix(FIDES_CATEGORIES, key);
    if (!mapping) unmapped.push(`${where}: data category ${key} has no statutory mapping (imported without Shine-the-Light categories)`);
    categories.set(id, {
      id,
      name: fidesName(key),
      description: `Fides data category ${key}`,
      ...(parent ? { parentId: fidesId(parent) } : {}),
      sensitive: mapping?.sensitive ?? false,
      shineTheLight: mapping?.shineTheLight ?? [],
    });
  };

  systems.forEach((system, s) => {
    const where = `system[${s}]`;
    if (!system.fides_key) {
      unmapped.push(`${where}: a system without fides_key is skipped`);
      return;
    }
    out.push({
      id: fidesId(system.fides_key),
      name: (system.name ?? system.fides_key).slice(0, 200),
      ...(system.administrating_department ? { owner: system.administrating_department.slice(0, 200) } : {}),
    });
    list(system.privacy_declarations).forEach((raw, d) => {
      const declaration = raw as FidesDeclaration;
      const at = `${where}.privacy_declarations[${d}]`;
      list(declaration.data_categories).forEach((c) => addCategory(String(c), at));
      for (const subject of list(declaration.data_subjects).map(String)) {
        const id = fidesId(subject);
        if (!segments.has(id)) segments.set(id, { id, name: fidesName(subject), description: `Fides data subject ${subject}` });
      }
      const use = declaration.data_use;
      if (!use) unmapped.push(`${at}: no data_use`);
      else {
        const id = fidesId(use);
        const mapping = byLongestPrefix(FIDES_USES, use);
        if (!mapping)
          unmapped.push(
            `${at}: data use ${use} is not in the mapping table (imported as a purpose; set directMarketing and targetedAdvertising yourself)`,
          );
        if (!purposes.has(id)) purposes.set(id, { id, name: fidesName(use), description: `Fides data use ${use}`, ...(mapping ?? {}) });
      }
      if (use?.startsWith('third_party_sharing') || declaration.third_parties || declaration.data_shared_with_third_parties) {
        unmapped.push(
          `${at}: shares data with third parties${declaration.third_parties ? ` (${declaration.third_parties})` : ''} but names no recipient: register the recipient and add a disclosure with its use`,
        );
      }
    });
  });
  return {
    document: {
      version: 1,
      categories: [...categories.values()],
      purposes: [...purposes.values()],
      segments: [...segments.values()],
      systems: out,
    },
    unmapped,
  };
}
