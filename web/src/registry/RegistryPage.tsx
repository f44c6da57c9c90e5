import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { RECIPIENT_CLASSES } from '../api/types';
import { useQuery } from '../api/use-query';
import { can, useMe } from '../auth/role';
import type { SortState } from '../common/DataTable';
import { asRecipientClass, recipientClassLabel } from '../common/labels';
import { Link } from '../router/Link';
import { navigate, usePathname, useSearch } from '../router/router';
import { SubprocessorChangesPanel } from '../subprocessors/SubprocessorChangesPanel';
import { BreachElementsForm } from './BreachElementsForm';
import { DisclosureForm, ProcessorForm, RecipientForm } from './forms';
import { FORM_OPTIONS_QUERY, type FormOptionsResult } from './graphql';
import { REGISTRY_KINDS, registryKindLabel, type RegistryKind } from './registry-kinds';
import {
  CategoriesTree,
  DisclosuresTable,
  PurposesTable,
  RecipientsTable,
  SegmentsTable,
  SourcesTable,
  SystemsTable,
  type TableView,
} from './tables';

type FormKind = 'processor' | 'recipient' | 'disclosure' | 'breachElements';

function formsFor(kind: RegistryKind): { form: FormKind; label: string }[] {
  switch (kind) {
    case 'recipients':
      return [
        { form: 'processor', label: 'Register a processor' },
        { form: 'recipient', label: 'Register a recipient' },
      ];
    case 'disclosures':
      return [{ form: 'disclosure', label: 'Add a disclosure' }];
    case 'categories':
      return [{ form: 'breachElements', label: 'Set breach elements' }];
    case 'purposes':
    case 'sources':
    case 'segments':
    case 'systems':
      return [];
  }
}

function RegistryTable({ kind, view, recipientClass }: { kind: RegistryKind; view: TableView; recipientClass: string | null }) {
  switch (kind) {
    case 'recipients':
      return <RecipientsTable view={view} recipientClass={recipientClass} />;
    case 'disclosures':
      return <DisclosuresTable view={view} />;
    case 'categories':
      return <CategoriesTree view={view} />;
    case 'purposes':
      return <PurposesTable view={view} />;
    case 'sources':
      return <SourcesTable view={view} />;
    case 'segments':
      return <SegmentsTable view={view} />;
    case 'systems':
      return <SystemsTable view={view} />;
  }
}

function RegistryForm({ form, onDone, onClose }: { form: FormKind; onDone: () => void; onClose: () => void }) {
  const options = useQuery<FormOptionsResult>(FORM_OPTIONS_QUERY);
  const data = options.state.data;
  switch (form) {
    case 'processor':
      return <ProcessorForm options={data} onDone={onDone} onCancel={onClose} />;
    case 'recipient':
      return <RecipientForm options={data} onDone={onDone} onCancel={onClose} />;
    case 'disclosure':
      return <DisclosureForm options={data} onDone={onDone} onCancel={onClose} />;
    case 'breachElements':
      return <BreachElementsForm onDone={onDone} onCancel={onClose} />;
  }
}

/** The inventory as sortable, filterable tables, with the registration forms. Filter and sort live in the URL. */
export function RegistryPage({ kind }: { kind: RegistryKind }) {
  const search = useSearch();
  const pathname = usePathname();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const q = params.get('q') ?? '';
  const recipientClass = kind === 'recipients' ? asRecipientClass(params.get('class')) : null;
  const sortKey = params.get('sort');
  const sort: SortState | null = sortKey ? { key: sortKey, dir: params.get('dir') === 'desc' ? 'desc' : 'asc' } : null;
  const [form, setForm] = useState<FormKind | null>(null);
  const [revision, setRevision] = useState(0);
  const canEdit = can(useMe()?.role, 'editInventory');
  const filterId = useId();
  const classId = useId();

  useEffect(() => {
    setForm(null);
    document.title = `${registryKindLabel(kind)} · Registry · Disclosure Map`;
  }, [kind]);

  const setParam = useCallback(
    (changes: Record<string, string | null>) => {
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      const query = next.toString();
      navigate(query ? `${pathname}?${query}` : pathname, { replace: true });
    },
    [pathname],
  );

  const view: TableView = {
    q,
    sort,
    onSortChange: (next) => setParam({ sort: next.key, dir: next.dir }),
    revision,
  };

  return (
    <main className="page" id="main">
      <header className="page-header">
        <h1>Registry</h1>
        <p className="muted">The inventory behind the map: who receives data, what data, why, and from where.</p>
      </header>
      <nav className="tabs" aria-label="Registry sections">
        <ul>
          {REGISTRY_KINDS.map((item) => (
            <li key={item}>
              <Link to={`/registry/${item}`} aria-current={item === kind ? 'page' : undefined}>
                {registryKindLabel(item)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="registry-toolbar">
        <div className="field field-inline">
          <label htmlFor={filterId}>Filter</label>
          <input
            id={filterId}
            type="search"
            value={q}
            placeholder={`Filter ${registryKindLabel(kind).toLowerCase()}…`}
            onChange={(event) => setParam({ q: event.target.value })}
          />
        </div>
        {kind === 'recipients' ? (
          <div className="field field-inline">
            <label htmlFor={classId}>Class</label>
            <select id={classId} value={recipientClass ?? ''} onChange={(event) => setParam({ class: event.target.value || null })}>
              <option value="">All classes</option>
              {RECIPIENT_CLASSES.map((value) => (
                <option key={value} value={value}>
                  {recipientClassLabel(value)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="button-row toolbar-actions">
          {(canEdit ? formsFor(kind) : []).map((item) => (
            <button
              key={item.form}
              type="button"
              className={`button${form === item.form ? ' button-pressed' : ''}`}
              aria-expanded={form === item.form}
              onClick={() => setForm(form === item.form ? null : item.form)}
            >
              {item.label}
            </button>
          ))}
        </div>
      </div>
      {form ? <RegistryForm key={form} form={form} onDone={() => setRevision((value) => value + 1)} onClose={() => setForm(null)} /> : null}
      <RegistryTable kind={kind} view={view} recipientClass={recipientClass} />
      {kind === 'recipients' ? <SubprocessorChangesPanel /> : null}
    </main>
  );
}
