import { memo, useId, useMemo, useState, type FormEvent } from 'react';
import { RECIPIENT_CLASSES } from '../common/labels';
import { Checklist, treeOrder } from '../common/Checklist';
import { isIsoDate, todayIso, withYear, yearOf } from '../common/dates';
import { asRecipientClass, recipientClassLabel } from '../common/labels';
import type { MapFilters } from './filters';
import type { MapOptionsResult } from './graphql';
import { nodeKindLabel, type MapNodeKind } from './types';

export interface MapToolbarProps {
  filters: MapFilters;
  options: MapOptionsResult | undefined;
  years: number[];
  searchable: readonly { id: string; label: string; kind: MapNodeKind }[];
  onChange: (patch: Partial<MapFilters>, replace?: boolean) => void;
  onReset: () => void;
  onSearch: (text: string) => string | null;
}

const CLASS_OPTIONS = RECIPIENT_CLASSES.map((value) => ({ value, label: recipientClassLabel(value) }));

/**
 * The search's suggestions: on a grouped map every recipient (2,000 options). Drawn again only when they change, not
 * at every re-render of the map page (a hover, a group opening, the map settling).
 */
const SearchList = memo(function SearchList({ id, searchable }: { id: string; searchable: MapToolbarProps['searchable'] }) {
  return (
    <datalist id={id}>
      {searchable.map((node) => (
        <option key={node.id} value={node.label}>
          {nodeKindLabel(node.kind)}
        </option>
      ))}
    </datalist>
  );
});

/** The map's filters, date and search; memoised, as the map page re-renders at every hover and layout. */
export const MapToolbar = memo(function MapToolbar({ filters, options, years, searchable, onChange, onReset, onSearch }: MapToolbarProps) {
  const today = todayIso();
  const asOf = filters.asOf ?? today;
  const ids = { date: useId(), year: useId(), search: useId(), list: useId(), searchStatus: useId() };
  const [searchText, setSearchText] = useState('');
  const [searchMessage, setSearchMessage] = useState<string | null>(null);
  const [dateDraft, setDateDraft] = useState<string | null>(null);
  // On narrow windows the filters fold away behind a button (CSS shows them always on wide ones).
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersId = useId();
  const activeFilters = filters.classes.length + filters.categories.length + filters.purposes.length;

  const categoryOptions = useMemo(
    () => treeOrder(options?.categories ?? []).map(({ item, depth }) => ({ value: item.id, label: item.name, depth })),
    [options],
  );
  const purposeOptions = useMemo(
    () =>
      [...(options?.purposes ?? [])]
        .sort((a, b) => a.name.localeCompare(b.name, 'en'))
        .map((purpose) => ({ value: purpose.id, label: purpose.name })),
    [options],
  );

  const minYear = years[0] ?? yearOf(today);
  const maxYear = years[years.length - 1] ?? yearOf(today);
  const year = Math.min(Math.max(yearOf(asOf), minYear), maxYear);

  const submitSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearchMessage(onSearch(searchText));
  };

  return (
    <div className="map-toolbar" role="region" aria-label="Map filters">
      <form className="map-search" role="search" onSubmit={submitSearch}>
        <label htmlFor={ids.search} className="visually-hidden">
          Find a node by name
        </label>
        <input
          id={ids.search}
          type="search"
          placeholder="Find a source, category, system or recipient…"
          list={ids.list}
          value={searchText}
          aria-describedby={ids.searchStatus}
          onChange={(event) => {
            setSearchText(event.target.value);
            setSearchMessage(null);
          }}
        />
        <SearchList id={ids.list} searchable={searchable} />
        <button type="submit" className="button">
          Find
        </button>
        <span id={ids.searchStatus} className="search-status" role="status">
          {searchMessage}
        </span>
      </form>

      <div className="map-asof">
        <label htmlFor={ids.date}>As of</label>
        <input
          id={ids.date}
          type="date"
          value={dateDraft ?? asOf}
          onChange={(event) => {
            const value = event.target.value;
            setDateDraft(value);
            if (isIsoDate(value)) {
              setDateDraft(null);
              onChange({ asOf: value });
            }
          }}
          onBlur={() => setDateDraft(null)}
        />
        <label htmlFor={ids.year} className="visually-hidden">
          Year of the as-of date
        </label>
        <input
          id={ids.year}
          className="year-slider"
          type="range"
          min={minYear}
          max={maxYear}
          step={1}
          value={year}
          list={`${ids.year}-ticks`}
          aria-valuetext={String(year)}
          onChange={(event) => onChange({ asOf: withYear(asOf, Number(event.target.value)) }, true)}
        />
        <datalist id={`${ids.year}-ticks`}>
          {years.map((value) => (
            <option key={value} value={value} label={String(value)} />
          ))}
        </datalist>
        <span className="year-value" aria-hidden="true">
          {yearOf(asOf)}
        </span>
        {filters.asOf ? (
          <button type="button" className="button button-quiet button-small" onClick={() => onChange({ asOf: null })}>
            Today
          </button>
        ) : null}
      </div>

      <button
        type="button"
        className="button button-small filters-toggle"
        aria-expanded={filtersOpen}
        aria-controls={filtersId}
        onClick={() => setFiltersOpen(!filtersOpen)}
      >
        Filters{activeFilters ? ` (${activeFilters})` : ''}
      </button>
      <div className={`map-filters${filtersOpen ? '' : ' is-collapsed'}`} id={filtersId}>
        <Checklist
          label="Recipient class"
          options={CLASS_OPTIONS}
          selected={filters.classes}
          onChange={(values) => onChange({ classes: values.map(asRecipientClass).filter((value) => value !== null) })}
        />
        <Checklist
          label="Category"
          options={categoryOptions}
          selected={filters.categories}
          onChange={(values) => onChange({ categories: values })}
        />
        <Checklist
          label="Purpose"
          options={purposeOptions}
          selected={filters.purposes}
          onChange={(values) => onChange({ purposes: values })}
        />
        <label className="toggle">
          <input type="checkbox" checked={filters.details} onChange={(event) => onChange({ details: event.target.checked })} />
          Segments &amp; purposes
        </label>
        <label className="toggle">
          <input type="checkbox" checked={filters.labels} onChange={(event) => onChange({ labels: event.target.checked })} />
          Edge labels
        </label>
        <button type="button" className="button button-quiet button-small" onClick={onReset}>
          Reset
        </button>
      </div>
    </div>
  );
});
