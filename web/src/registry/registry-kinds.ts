/** The registry's pages, one per kind of inventory entry. */
export const REGISTRY_KINDS = ['recipients', 'disclosures', 'categories', 'purposes', 'sources', 'segments', 'systems'] as const;
export type RegistryKind = (typeof REGISTRY_KINDS)[number];

export function asRegistryKind(value: string): RegistryKind | null {
  return (REGISTRY_KINDS as readonly string[]).includes(value) ? (value as RegistryKind) : null;
}

export function registryKindLabel(kind: RegistryKind): string {
  switch (kind) {
    case 'recipients':
      return 'Recipients';
    case 'disclosures':
      return 'Disclosures';
    case 'categories':
      return 'Categories';
    case 'purposes':
      return 'Purposes';
    case 'sources':
      return 'Sources';
    case 'segments':
      return 'Segments';
    case 'systems':
      return 'Systems';
  }
}
