import '../legal/legal.css';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { errorMessage, graphqlRequest } from '../api/client';
import { RequestKind, type RequestStatus, type TypedDocumentString } from '../api/generated/graphql';
import { useQuery } from '../api/use-query';
import { formatDate, todayIso } from '../common/dates';
import { Empty, QueryView } from '../common/states';
import { DocumentLink } from '../legal/DocumentLink';
import { responseDocumentFor } from '../legal/document-links';
import { Link } from '../router/Link';
import {
  EXTEND_REQUEST,
  PLAN_KINDS,
  RECORD_REQUEST,
  REQUEST_KIND_LABELS,
  REQUEST_STATUS_LABELS,
  REQUESTS_QUERY,
  RESPOND_TO_REQUEST,
  type PrivacyRequest,
} from './graphql';

const REQUEST_KINDS: readonly RequestKind[] = Object.values(RequestKind);

const GROUPS: readonly { status: RequestStatus[]; title: string }[] = [
  { status: ['OVERDUE'], title: 'Overdue' },
  { status: ['DUE_SOON'], title: 'Due within 7 days' },
  { status: ['OPEN'], title: 'Open' },
  { status: ['RESPONDED', 'RESPONDED_LATE'], title: 'Answered' },
];

function RecordRequestForm({ onRecorded }: { onRecorded: () => void }) {
  const ids = { email: useId(), kind: useId(), receivedOn: useId(), channel: useId(), designated: useId() };
  const [email, setEmail] = useState('');
  const [kind, setKind] = useState<RequestKind>('SHINE_THE_LIGHT');
  const [receivedOn, setReceivedOn] = useState(todayIso());
  const [channel, setChannel] = useState('email');
  const [designatedChannel, setDesignatedChannel] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await graphqlRequest(RECORD_REQUEST, {
        input: { person: { email: email.trim() }, kind, receivedOn, channel: channel.trim(), designatedChannel },
      });
      setEmail('');
      onRecorded();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="query-form no-print" onSubmit={(event) => void submit(event)} aria-label="Record a request">
      <div className="form-row">
        <div className="field field-grow">
          <label htmlFor={ids.email}>Person’s email</label>
          <input id={ids.email} type="email" required value={email} autoComplete="off" onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.kind}>Kind</label>
          <select id={ids.kind} value={kind} onChange={(e) => setKind(REQUEST_KINDS.find((k) => k === e.target.value) ?? kind)}>
            {REQUEST_KINDS.map((k) => (
              <option key={k} value={k}>
                {REQUEST_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-narrow">
          <label htmlFor={ids.receivedOn}>Received on</label>
          <input id={ids.receivedOn} type="date" required value={receivedOn} onChange={(e) => setReceivedOn(e.target.value)} />
        </div>
        <div className="field field-narrow">
          <label htmlFor={ids.channel}>Channel</label>
          <input id={ids.channel} type="text" required value={channel} onChange={(e) => setChannel(e.target.value)} />
        </div>
        <div className="field field-check">
          <input id={ids.designated} type="checkbox" checked={designatedChannel} onChange={(e) => setDesignatedChannel(e.target.checked)} />
          <label htmlFor={ids.designated}>Received at a designated address, e-mail or number</label>
        </div>
        <div className="field field-action">
          <button type="submit" className="button button-primary" disabled={busy}>
            Record request
          </button>
        </div>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}

function RequestRow({ request, onChanged }: { request: PrivacyRequest; onChanged: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const answered = request.status === 'RESPONDED' || request.status === 'RESPONDED_LATE';
  const canExtend = !answered && request.extensions === 0 && request.kind !== 'SHINE_THE_LIGHT';
  const run = async <R, V>(mutation: TypedDocumentString<R, V>, variables: V) => {
    setError(null);
    try {
      await graphqlRequest(mutation, variables);
      onChanged();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };
  const document = request.documentRef ?? responseDocumentFor(request.kind, request.receivedOn, request.person.id);
  return (
    <tr className={`request request-${request.status.toLowerCase()}`} data-request-id={request.id}>
      <td>{request.person.display}</td>
      <td>
        <Link to={`/requests/${encodeURIComponent(request.id)}`}>{REQUEST_KIND_LABELS[request.kind]}</Link>
      </td>
      <td>{formatDate(request.receivedOn)}</td>
      <td>
        <strong>{formatDate(request.dueOn)}</strong>
        {request.extensions ? <span className="muted"> (extended)</span> : null}
      </td>
      <td>
        <span className={`badge badge-${request.status.toLowerCase()}`}>{REQUEST_STATUS_LABELS[request.status]}</span>
        {request.repeatInYear ? <span className="badge badge-warning"> Repeat this calendar year</span> : null}
      </td>
      <td>
        {answered ? (
          <>
            {formatDate(request.respondedOn)}
            {request.documentRef ? (
              <>
                {' · '}
                <DocumentLink path={request.documentRef}>Document sent</DocumentLink>
              </>
            ) : null}
          </>
        ) : (
          <div className="button-row">
            {PLAN_KINDS.includes(request.kind) ? (
              <Link className="button button-small" to={`/requests/${encodeURIComponent(request.id)}`}>
                Tell the recipients
              </Link>
            ) : (
              <button
                type="button"
                className="button button-small"
                onClick={() => void run(RESPOND_TO_REQUEST, { id: request.id, respondedOn: todayIso(), documentRef: document })}
              >
                Mark answered today
              </button>
            )}
            {canExtend ? (
              <button
                type="button"
                className="button button-small button-quiet"
                onClick={() => void run(EXTEND_REQUEST, { id: request.id })}
              >
                Extend
              </button>
            ) : null}
            {document ? <DocumentLink path={document}>Response document</DocumentLink> : null}
          </div>
        )}
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
      </td>
    </tr>
  );
}

/** Privacy requests by deadline: overdue and due-soon first, with the response document for each. */
export function RequestsPage() {
  const [refresh, setRefresh] = useState(0);
  const requests = useQuery(REQUESTS_QUERY, {}, false, refresh);
  const reload = () => setRefresh((n) => n + 1);

  useEffect(() => {
    document.title = 'Requests · Disclosure Map';
  }, []);

  return (
    <main className="page" id="main">
      <header className="page-header">
        <h1>Requests</h1>
        <p className="muted">
          Shine the Light: 30 days (150 when not received at a designated address, e-mail or number), once per customer per calendar year.
          CCPA right to know, deletion and correction: 45 days, extendable once by 45. GDPR access, erasure and rectification: one month,
          extendable by two. Deletions and corrections are answered once every recipient has been told or excused. Requests are kept for at
          least 24 months.
        </p>
      </header>
      <RecordRequestForm onRecorded={reload} />
      <QueryView
        result={requests}
        loading="Loading requests…"
        isEmpty={(data) => data.requests.length === 0}
        empty={<Empty title="No requests recorded yet." />}
      >
        {(data) =>
          GROUPS.map((group) => ({ ...group, rows: data.requests.filter((r) => group.status.includes(r.status)) })).map((group) =>
            group.rows.length ? (
              <section key={group.title} aria-label={group.title}>
                <h2 className="section-title">
                  {group.title} ({group.rows.length})
                </h2>
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">Person</th>
                      <th scope="col">Kind</th>
                      <th scope="col">Received</th>
                      <th scope="col">Due</th>
                      <th scope="col">Status</th>
                      <th scope="col">Response</th>
                    </tr>
                  </thead>
                  <tbody>
                    {group.rows.map((request) => (
                      <RequestRow key={request.id} request={request} onChanged={reload} />
                    ))}
                  </tbody>
                </table>
              </section>
            ) : null,
          )
        }
      </QueryView>
      <section aria-label="GDPR records">
        <h2 className="section-title">GDPR records</h2>
        <ul>
          <li>
            Record of processing activities (Art. 30): <DocumentLink path="/reports/gdpr/record-of-processing.csv">CSV</DocumentLink> ·{' '}
            <DocumentLink path="/reports/gdpr/record-of-processing.xlsx">XLSX</DocumentLink>
          </li>
          <li>
            Processors and sub-processors (Art. 28): <DocumentLink path="/reports/gdpr/processors.csv">CSV</DocumentLink> ·{' '}
            <DocumentLink path="/reports/gdpr/processors.xlsx">XLSX</DocumentLink>
          </li>
        </ul>
      </section>
    </main>
  );
}
