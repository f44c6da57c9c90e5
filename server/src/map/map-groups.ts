import { RECIPIENT_CLASS_NAMES, type RecipientClass } from '@disclosure-map/graph-schema';
import type { Catalog } from '../catalog/catalog';
import type { GroupOf } from '../rules/map-grouping';

const SOURCE_KIND_GROUPS = {
  DIRECT: 'Direct sources',
  AUTOMATIC: 'Automatic sources',
  THIRD_PARTY: 'Third-party sources',
  PUBLIC: 'Public sources',
} as const;

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'none'
  );
}

/** The entity id behind a map node id (the map prefixes "kind:" only where two kinds share an id). */
function entityId(node: { id: string; kind: string }): string {
  const prefix = `${node.kind}:`;
  return node.id.startsWith(prefix) ? node.id.slice(prefix.length) : node.id;
}

/**
 * Where each node goes on a grouped map: recipients by class, categories by their top-level parent, systems by
 * owner, sources by kind, segments and purposes together.
 */
export function groupsFromCatalog(catalog: Catalog, recipientClass: (id: string) => RecipientClass): GroupOf {
  const rootOf = (id: string) => {
    let current = catalog.categories.get(id);
    const seen = new Set<string>();
    while (current?.parentId && !seen.has(current.id)) {
      seen.add(current.id);
      const parent = catalog.categories.get(current.parentId);
      if (!parent) break;
      current = parent;
    }
    return current;
  };
  return (node) => {
    const id = entityId(node);
    switch (node.kind) {
      case 'recipient': {
        const cls = recipientClass(id);
        return { key: cls, label: RECIPIENT_CLASS_NAMES[cls] };
      }
      case 'category': {
        const root = rootOf(id);
        return root ? { key: root.id, label: root.name } : null;
      }
      case 'system': {
        const owner = catalog.systems.get(id)?.owner?.trim();
        return owner ? { key: slug(owner), label: `Systems of ${owner}` } : { key: 'none', label: 'Systems' };
      }
      case 'source': {
        const kind = catalog.sources.get(id)?.kind;
        return kind ? { key: kind, label: SOURCE_KIND_GROUPS[kind] } : null;
      }
      case 'segment':
        return { key: 'all', label: 'Segments' };
      case 'purpose':
        return { key: 'all', label: 'Purposes' };
      case 'recipientClass':
        return null;
    }
  };
}
