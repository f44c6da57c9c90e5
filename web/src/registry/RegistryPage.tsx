import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useQuery } from '../api/use-query';
import { can, useMe } from '../auth/role';
import type { SortState } from '../common/DataTable';
import { asRecipientClass, RECIPIENT_CLASSES, recipientClassLabel } from '../common/labels';
import { Link } from '../router/Link';
import { navigate, usePathname, useSearch } from '../router/router';
import { REGISTRY_FORMS, type RegistryFormKind } from './forms';
import { FORM_OPTIONS_QUERY } from './graphql';
import { REGISTRY, REGISTRY_KINDS, type RegistryKind, type RegistryKindDescriptor } from './registry-kinds';
import type { TableView } from './RegistryTable';

function RegistryForm({ form, onDone, onClose }: { form: RegistryFormKind; onDone: () => void; onClose: () => void }) {
  const options = useQuery(FORM_OPTIONS_QUERY, {});
  const { Form } = REGISTRY_FORMS[form];
  return <Form options={options.state.data} onDone={onDone} onCancel={onClose} />;
}

/** The inventory as sortable, filterable tables, with the registration forms. Filter and sort live in the URL. */
export function RegistryPage({ kind }: { kind: RegistryKind }) {
  const search = useSearch();
  const pathname = usePathname();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const q = params.get('q') ?? '';
  const descriptor: RegistryKindDescriptor = REGISTRY[kind];
  const recipientClass = descriptor.classFilter ? asRecipientClass(params.get('class')) : null;
  const sortKey = params.get('sort');
  const sort: SortState | null = sortKey ? { key: sortKey, dir: params.get('dir') === 'desc' ? 'desc' : 'asc' } : null;
  const [form, setForm] = useState<RegistryFormKind | null>(null);
  const [revision, setRevision] = useState(0);
  const canEdit = can(useMe()?.role, 'editInventory');
  const filterId = useId();
  const classId = useId();

  useEffect(() => {
    setForm(null);
    document.title = `${descriptor.label} · Registry · Disclosure Map`;
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
    recipientClass,
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
                {REGISTRY[item].label}
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
            placeholder={`Filter ${descriptor.label.toLowerCase()}…`}
            onChange={(event) => setParam({ q: event.target.value })}
          />
        </div>
        {descriptor.classFilter ? (
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
          {(canEdit ? descriptor.forms : []).map((item) => (
            <button
              key={item}
              type="button"
              className={`button${form === item ? ' button-pressed' : ''}`}
              aria-expanded={form === item}
              onClick={() => setForm(form === item ? null : item)}
            >
              {REGISTRY_FORMS[item].label}
            </button>
          ))}
        </div>
      </div>
      {form ? <RegistryForm key={form} form={form} onDone={() => setRevision((value) => value + 1)} onClose={() => setForm(null)} /> : null}
      <descriptor.Table {...view} />
      {descriptor.Panel ? <descriptor.Panel /> : null}
    </main>
  );
}
