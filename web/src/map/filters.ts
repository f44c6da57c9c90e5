import type { RecipientClass } from '../api/generated/graphql';
import { asRecipientClass } from '../common/labels';
import { isIsoDate } from '../common/dates';

/** Everything that defines a map view; it all lives in the query string so a view can be shared. */
export interface MapFilters {
  /** The day the map shows (null: today). */
  asOf: string | null;
  classes: RecipientClass[];
  categories: string[];
  purposes: string[];
  /** Show segment and purpose nodes. */
  details: boolean;
  /** Show every edge's label (otherwise only on highlighted paths). */
  labels: boolean;
  /** The selected node. */
  node: string | null;
  /** auto: large maps open grouped; all: always grouped; none: every node. */
  group: MapGrouping;
  /** Open groups, each with the number of members drawn (null: one page). */
  expand: GroupExpansion[];
  /** Only the paths through this node ("recipient:acme", or a map node id). */
  focus: string | null;
}

export const MAP_GROUPINGS = ['auto', 'all', 'none'] as const;
export type MapGrouping = (typeof MAP_GROUPINGS)[number];

export interface GroupExpansion {
  id: string;
  limit: number | null;
}

const GROUP_MODES = { auto: 'AUTO', all: 'GROUPED', none: 'NONE' } as const satisfies Record<MapGrouping, string>;

function asGrouping(value: string | null): MapGrouping {
  return MAP_GROUPINGS.find((grouping) => grouping === value) ?? 'auto';
}

/** "group:recipient:PROCESSOR" or "group:recipient:PROCESSOR*300" (300 members drawn). */
function parseExpansion(value: string): GroupExpansion | null {
  const [id = '', limit] = value.split('*');
  if (!id) return null;
  const count = limit === undefined ? null : Number(limit);
  return { id, limit: count !== null && Number.isInteger(count) && count > 0 ? Math.min(count, 1000) : null };
}

function formatExpansion(expansion: GroupExpansion): string {
  return expansion.limit === null ? expansion.id : `${expansion.id}*${expansion.limit}`;
}

function list(params: URLSearchParams, key: string): string[] {
  return params
    .getAll(key)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
}

export function parseMapFilters(search: string): MapFilters {
  const params = new URLSearchParams(search);
  const asOf = params.get('asOf');
  return {
    asOf: isIsoDate(asOf) ? asOf : null,
    classes: [...new Set(list(params, 'class').map(asRecipientClass))].filter((value): value is RecipientClass => value !== null),
    categories: [...new Set(list(params, 'category'))],
    purposes: [...new Set(list(params, 'purpose'))],
    details: params.get('details') === '1',
    labels: params.get('labels') === '1',
    node: params.get('node') || null,
    group: asGrouping(params.get('group')),
    expand: params
      .getAll('expand')
      .map(parseExpansion)
      .filter((value): value is GroupExpansion => value !== null)
      .filter((value, index, all) => all.findIndex((other) => other.id === value.id) === index),
    focus: params.get('focus') || null,
  };
}

export function serializeMapFilters(filters: MapFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.asOf) params.set('asOf', filters.asOf);
  if (filters.classes.length) params.set('class', filters.classes.join(','));
  if (filters.categories.length) params.set('category', filters.categories.join(','));
  if (filters.purposes.length) params.set('purpose', filters.purposes.join(','));
  if (filters.details) params.set('details', '1');
  if (filters.labels) params.set('labels', '1');
  if (filters.node) params.set('node', filters.node);
  if (filters.group !== 'auto') params.set('group', filters.group);
  for (const expansion of filters.expand) params.append('expand', formatExpansion(expansion));
  if (filters.focus) params.set('focus', filters.focus);
  return params;
}

/** The dataMap query variables for a view (lists left out when empty, i.e. "all"). */
export function dataMapVariables(filters: MapFilters): Record<string, unknown> {
  return {
    asOf: filters.asOf,
    recipientClasses: filters.classes.length ? filters.classes : null,
    categoryIds: filters.categories.length ? filters.categories : null,
    purposeIds: filters.purposes.length ? filters.purposes : null,
    grouping: {
      mode: GROUP_MODES[filters.group],
      expand: filters.expand.length ? filters.expand : null,
      focus: filters.focus,
    },
  };
}

export function hasActiveFilters(filters: MapFilters): boolean {
  return Boolean(filters.asOf || filters.classes.length || filters.categories.length || filters.purposes.length);
}

/** The years the slider covers: from the first flow's year to the later of this year and the last dated change. */
export function flowYears(intervals: readonly { validFrom: string; validTo: string | null }[], today: string): number[] {
  const currentYear = Number(today.slice(0, 4));
  let first = currentYear;
  let last = currentYear;
  for (const { validFrom, validTo } of intervals) {
    const from = Number(validFrom.slice(0, 4));
    if (Number.isFinite(from)) {
      first = Math.min(first, from);
      last = Math.max(last, from);
    }
    if (validTo) {
      const to = Number(validTo.slice(0, 4));
      if (Number.isFinite(to)) last = Math.max(last, Math.min(to, currentYear + 1));
    }
  }
  const years: number[] = [];
  for (let year = first; year <= last; year += 1) years.push(year);
  return years;
}
