import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { errorMessage } from '../api/client';
import { useQuery } from '../api/use-query';
import { authStore } from '../auth/auth-store';
import { DataTable, type Column } from '../common/DataTable';
import { daysLeftLabel } from '../common/days';
import { breachElementLabel } from '../common/labels';
import { formatDate, isIsoDate, todayIso } from '../common/dates';
import { ErrorMessage, Loading } from '../common/states';
import { useSearchParams } from '../router/router';
import {
  BREACH_IMPACT_QUERY,
  BREACH_PEOPLE_QUERY,
  BREACH_TARGETS_QUERY,
  type BreachImpactResult,
  type BreachInput,
  type BreachPeopleResult,
  type BreachPerson,
  type BreachTargetsResult,
} from './graphql';
import { subtreeElements } from './elements';
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

/** GET the notice list with the signed-in token in the Authorization header, and save it as a file. */
async function downloadNoticeList(input: BreachInput): Promise<void> {
  const query = new URLSearchParams(Object.entries(input).filter((e): e is [string, string] => typeof e[1] === 'string')).toString();
  const token = authStore.getState().token;
  const response = await fetch(`/incidents/notice-list.csv?${query}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(`The notice list could not be produced (${response.status}).`);
  const url = URL.createObjectURL(await response.blob());
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = `notice-list-${input.recipientId ?? input.systemId ?? 'breach'}.csv`;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function BreachForm({ initial, onSubmit }: { initial: BreachInput | null; onSubmit: (input: BreachInput) => void }) {
  const targets = useQuery<BreachTargetsResult>(BREACH_TARGETS_QUERY);
  const [kind, setKind] = useState<'recipient' | 'system'>(initial?.systemId ? 'system' : 'recipient');
  const [target, setTarget] = useState(initial?.recipientId ?? initial?.systemId ?? '');
  const [from, setFrom] = useState(initial?.from ?? '');
  const [to, setTo] = useState(initial?.to ?? todayIso());
  const [discoveredOn, setDiscoveredOn] = useState(initial?.discoveredOn ?? todayIso());
  const [problem, setProblem] = useState<string | null>(null);
  const ids = { kind: useId(), target: useId(), from: useId(), to: useId(), discovered: useId() };
  const pick = (next: 'recipient' | 'system') => {
    setKind(next);
    setTarget('');
  };
  const options = kind === 'recipient' ? (targets.state.data?.recipients ?? []) : (targets.state.data?.systems ?? []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!target || !from || !to || !discoveredOn) return setProblem('Choose what was breached and give the window and the discovery date.');
    if (to < from) return setProblem('The window must end on or after its first day.');
    setProblem(null);
    onSubmit(kind === 'recipient' ? { recipientId: target, from, to, discoveredOn } : { systemId: target, from, to, discoveredOn });
  };

  return (
    <form className="card incident-form no-print" onSubmit={submit} noValidate aria-label="Describe the breach">
      {problem ? (
        <div className="alert alert-error" role="alert">
          {problem}
        </div>
      ) : null}
      <div className="form-grid">
        <fieldset className="field">
          <legend>What was breached</legend>
          <label className="inline-choice">
            <input type="radio" name={ids.kind} checked={kind === 'recipient'} onChange={() => pick('recipient')} />A recipient
          </label>
          <label className="inline-choice">
            <input type="radio" name={ids.kind} checked={kind === 'system'} onChange={() => pick('system')} />
            One of our systems
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor={ids.target}>{kind === 'recipient' ? 'Recipient' : 'System'}</label>
          <select id={ids.target} value={target} onChange={(event) => setTarget(event.target.value)}>
            <option value="">Choose…</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.from}>Breach window from</label>
          <input id={ids.from} type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.to}>Breach window to</label>
          <input id={ids.to} type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.discovered}>Discovered on</label>
          <input id={ids.discovered} type="date" value={discoveredOn} onChange={(event) => setDiscoveredOn(event.target.value)} />
        </div>
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary">
          Assess the impact
        </button>
      </div>
    </form>
  );
}

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
  const { state, reload } = useQuery<BreachPeopleResult>(BREACH_PEOPLE_QUERY, { input, first: PAGE_SIZE, after });
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
  const impact = useQuery<BreachImpactResult>(BREACH_IMPACT_QUERY, { input }, input === null);
  const targets = useQuery<BreachTargetsResult>(BREACH_TARGETS_QUERY);
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
      <BreachForm
        key={input ? JSON.stringify(input) : 'new'}
        initial={input}
        onSubmit={(next) =>
          setParams(new URLSearchParams(Object.entries(next).filter((e): e is [string, string] => typeof e[1] === 'string')))
        }
      />
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
