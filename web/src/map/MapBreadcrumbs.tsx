import type { MapFilters } from './filters';
import type { DrawnMap } from './graphql';

const count = new Intl.NumberFormat('en-US');

export interface MapBreadcrumbsProps {
  filters: MapFilters;
  dataMap: DrawnMap | undefined;
  focusLabel: string | null;
  onChange: (patch: Partial<MapFilters>) => void;
}

/** Where the map is: the overview, a focused node's paths; the way back; and how it is grouped. */
export function MapBreadcrumbs({ filters, dataMap, focusLabel, onChange }: MapBreadcrumbsProps) {
  if (!dataMap) return null;
  const focused = Boolean(dataMap.focus);
  const boxes = dataMap.nodes.filter((node) => !node.parent).length;
  const grouped = dataMap.grouped;
  if (!focused && !grouped && filters.group === 'auto' && !filters.focus) return null;
  return (
    <nav className="map-breadcrumbs" aria-label="Map view">
      <ol>
        <li>
          {focused || filters.focus ? (
            <button type="button" className="link-button" onClick={() => onChange({ focus: null, node: null })}>
              Overview
            </button>
          ) : (
            <span aria-current="page">Overview</span>
          )}
        </li>
        {focused ? (
          <li>
            <span aria-current="page">Paths of {focusLabel ?? dataMap.focus}</span>
          </li>
        ) : null}
      </ol>
      {filters.focus && !focused ? <span className="map-breadcrumbs-note">{filters.focus} is not on this map on this day.</span> : null}
      {grouped ? (
        <span className="map-breadcrumbs-note">
          {count.format(dataMap.totalNodes)} nodes in {count.format(boxes)} boxes — click a group to open it
        </span>
      ) : null}
      {filters.expand.length ? (
        <button type="button" className="link-button" onClick={() => onChange({ expand: [] })}>
          Close all groups
        </button>
      ) : null}
      {grouped || filters.group === 'none' ? (
        <button type="button" className="link-button" onClick={() => onChange({ group: grouped ? 'none' : 'auto', expand: [] })}>
          {grouped ? 'Show every node' : 'Group again'}
        </button>
      ) : null}
    </nav>
  );
}
