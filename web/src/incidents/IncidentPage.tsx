import { useEffect, useMemo, useState } from 'react';
import { errorMessage } from '../api/client';
import { useQuery } from '../api/use-query';
import { DataTable, type Column } from '../common/DataTable';
import { daysLeftLabel } from '../common/days';
import { breachElementLabel } from '../common/labels';
import { formatDate, isIsoDate, todayIso } from '../common/dates';
import { ErrorMessage, Loading } from '../common/states';
import { useSearchParams } from '../router/router';
import { BREACH_IMPACT_QUERY, BREACH_PEOPLE_QUERY, BREACH_TARGETS_QUERY, type BreachInput, type BreachPerson } from './graphql';
import { subtreeElements } from './elements';
import { BreachForm } from './BreachForm';
import { breachParams, downloadNoticeList } from './notice-list';
import './incidents.css';

const PAGE_SIZE = 25;

const PEOPLE_COLUMNS: readonly Column<BreachPerson>[] = [
  { key: 'display', header: 'Person', render: (p) => p.person.display },
  { key: 'id', header: 'Person id', render: (p) => <code>{p.person.id}</code> },
  { key: 'ca', header: 'California resident', render: (p) => (p.person.californiaResident ? 'Yes' : 'No') },
  { key: 'categories', header: 'Categories', render: (p) => p.categories.map((c) => c.name).join(', ') },
  {
    key: 'notice',
    header: 'California notice',
    render: (p) => (p.californiaNotice ? <span className="badge badge-sensitive">Notify</span> : <span className="muted">No</span>),
  },
];

/** The breach named by the URL (?recipientId= or ?systemId=, &from=&to=&discoveredOn=), or null until complete. */
function breachOf(params: URLSearchParams): BreachInput | null {
  const [from, to, discoveredOn] = ['from', 'to', 'discoveredOn'].map((k) => params.get(k) ?? '');
  const recipientId = params.get('recipientId') ?? '';
  const systemId = params.get('systemId') ?? '';
  if (!isIsoDate(from) || !isIsoDate(to) || !isIsoDate(discoveredOn) || !(recipientId || systemId)) return null;
  return recipientId ? { recipientId, from, to, discoveredOn } : { systemId, from, to, discoveredOn };
}

const NO_BREACH: BreachInput = { from: '', to: '', discoveredOn: '' };

function Deadline({ label, date, basis }: { label: string; date: string; basis: string }) {
  return (
    <div className="incident-deadline">
      <dt>{label}</dt>
      <dd>
        <strong>{formatDate(date)}</strong> <span className="muted">({daysLeftLabel(date, todayIso())})</span>
        <span className="small block muted">{basis}</span>
      </dd>
    </div>
  );
}

function PeopleList({ input }: { input: BreachInput }) {
  // The cursors of the pages seen, so Previous goes back without the server keeping anything.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const { state, reload } = useQuery(BREACH_PEOPLE_QUERY, { input, first: PAGE_SIZE, after });
  useEffect(() => setCursors([null]), [input]);
  const page = state.data?.breachImpact.people;
  return (
    <section aria-labelledby="incident-people" className="incident-people">
      <h2 id="incident-people">People affected</h2>
      {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={reload} /> : null}
      {state.status === 'loading' && !page ? <Loading /> : null}
      {page ? (
        <>
          <DataTable
            caption={`Affected people, by person id (page ${cursors.length})`}
            rows={page.items}
            columns={PEOPLE_COLUMNS}
            rowKey={(p) => p.person.id}
            emptyMessage="Nobody was reached."
          />
          <div className="button-row no-print">
            <button type="button" className="button" disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
              Previous page
            </button>
            <button
              type="button"
              className="button"
              disabled={!page.nextCursor}
              onClick={() => page.nextCursor && setCursors([...cursors, page.nextCursor])}
            >
              Next page
            </button>
          </div>
        </>
      ) : null}
    </section>
  );
}

/**
 * A breach of a recipient or a system (PRODUCT.md §8): whose data, which data, how many; the California and GDPR
 * deadlines with the days left; the people page by page; the notice list for the mailing house; a printable summary.
 */
export function IncidentPage() {
  const [params, setParams] = useSearchParams();
  const input = useMemo(() => breachOf(params), [params]);
  // Skipped until the URL names a whole breach; the placeholder only gives the skipped query its variables' shape.
  const impact = useQuery(BREACH_IMPACT_QUERY, { input: input ?? NO_BREACH }, input === null);
  const targets = useQuery(BREACH_TARGETS_QUERY, {});
  const [exporting, setExporting] = useState<string | null>(null);
  useEffect(() => {
    document.title = 'Incident · Disclosure Map';
  }, []);

  const breached = input?.recipientId
    ? targets.state.data?.recipients.find((r) => r.id === input.recipientId)?.name
    : targets.state.data?.systems.find((s) => s.id === input?.systemId)?.name;
  const data = impact.state.data?.breachImpact;

  const exportList = () => {
    if (!input) return;
    setExporting('Preparing the notice list…');
    downloadNoticeList(input).then(
      () => setExporting(null),
      (error: unknown) => setExporting(errorMessage(error)),
    );
  };

  return (
    <main className="page incident-page" id="main">
      <header className="page-header">
        <h1>Incident</h1>
        <p className="muted">
          Whose data a breach reached, which data, and how many — with the California notice (Civ. Code §1798.82) and the GDPR Art. 33
          deadlines.
        </p>
      </header>
      <BreachForm key={input ? JSON.stringify(input) : 'new'} initial={input} onSubmit={(next) => setParams(breachParams(next))} />
      {impact.state.status === 'error' ? <ErrorMessage error={impact.state.error} onRetry={impact.reload} /> : null}
      {impact.state.status === 'loading' && !data ? <Loading label="Walking the people…" /> : null}
      {input && data ? (
        <article className="card incident-summary" aria-labelledby="incident-summary">
          <h2 id="incident-summary">
            Breach of {breached ?? input.recipientId ?? input.systemId}, {formatDate(input.from)} – {formatDate(input.to)}
          </h2>
          <p className="muted">Discovered {formatDate(input.discoveredOn)}.</p>
          <dl className="incident-counts">
            <div>
              <dt>People affected</dt>
              <dd>{data.peopleAffected.toLocaleString('en-US')}</dd>
            </div>
            <div>
              <dt>California residents</dt>
              <dd>{data.californiaResidents.toLocaleString('en-US')}</dd>
            </div>
            <div>
              <dt>California notices</dt>
              <dd>{data.californiaNotices.toLocaleString('en-US')}</dd>
            </div>
          </dl>
          <dl className="incident-deadlines">
            <Deadline
              label="Supervisory authority (GDPR Art. 33)"
              date={data.supervisoryAuthorityDueOn}
              basis="72 hours: discovery + 3 days"
            />
            <Deadline label="California residents (Civ. Code §1798.82)" date={data.californiaNoticeDueOn} basis="discovery + 30 days" />
          </dl>
          <p>
            {data.attorneyGeneralSampleRequired
              ? 'More than 500 California residents are notified: send a sample copy of the notice to the Attorney General.'
              : 'No sample copy to the Attorney General (500 California notices or fewer).'}
          </p>
          <DataTable
            caption="Categories reached, with the number of affected people having each"
            rows={data.categories}
            columns={[
              { key: 'name', header: 'Category', render: (c) => c.category.name },
              {
                key: 'elements',
                header: 'Breach elements (with its subcategories)',
                render: (c) =>
                  subtreeElements(c.category.id, targets.state.data?.categories ?? [])
                    .map(breachElementLabel)
                    .join('; ') || '—',
              },
              { key: 'people', header: 'People', render: (c) => c.people.toLocaleString('en-US') },
            ]}
            rowKey={(c) => c.category.id}
            emptyMessage="No category reached."
          />
          <div className="button-row no-print">
            <button type="button" className="button button-primary" onClick={exportList}>
              Export the notice list (CSV)
            </button>
            <button type="button" className="button" onClick={() => window.print()}>
              Print the incident summary
            </button>
          </div>
          {exporting ? (
            <p role="status" className="muted">
              {exporting}
            </p>
          ) : null}
        </article>
      ) : null}
      {input && data ? <PeopleList input={input} /> : null}
    </main>
  );
}
