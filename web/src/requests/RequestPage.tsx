import '../legal/legal.css';
import { useEffect, useId, useState } from 'react';
import { ApiError, errorMessage, graphqlRequest } from '../api/client';
import { useQuery } from '../api/use-query';
import { formatDate, todayIso } from '../common/dates';
import { Empty, ErrorMessage, Loading } from '../common/states';
import { openDocument } from '../legal/open-document';
import { Link } from '../router/Link';
import { PLAN_KINDS, REQUEST_KIND_LABELS, REQUEST_STATUS_LABELS, RESPOND_TO_REQUEST } from './graphql';
import { PlanRowActions } from './PlanRowActions';
import {
  NOTICE_BASIS_WORDS,
  PROPAGATION_PLAN,
  PROPAGATION_STATUS_WORDS,
  REQUEST_DETAILS,
  type PropagationPlan,
  type RequestDetail,
} from './plan.graphql';

function Documents({ request }: { request: RequestDetail }) {
  const [error, setError] = useState<string | null>(null);
  // Header-only download (open-document.ts): the token never goes in a URL.
  const get = (file: string) =>
    void openDocument(`/requests/${encodeURIComponent(request.id)}/${file}`).catch((caught: unknown) => setError(errorMessage(caught)));
  return (
    <section aria-label="Documents">
      <h2 className="section-title">Documents</h2>
      <div className="button-row">
        <button type="button" className="button button-small" onClick={() => get('record.pdf')}>
          Record of the request and its notices (PDF)
        </button>
        <button type="button" className="button button-small" onClick={() => get('record.html')}>
          Record (HTML)
        </button>
        {request.frozenReport ? (
          <>
            <button type="button" className="button button-small" onClick={() => get('response.pdf')}>
              Answer sent (PDF)
            </button>
            <button type="button" className="button button-small" onClick={() => get('response.html')}>
              Answer sent (HTML)
            </button>
          </>
        ) : null}
      </div>
      {request.inaccurate ? (
        <p className="notice-warning" role="status">
          The answer sent for {request.frozenReport?.year} no longer matches the live report: a transfer was recorded late or a category was
          re-mapped. Consider sending a corrected answer.
        </p>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

function PlanTable({
  request,
  plan,
  onChanged,
  on,
  setOn,
}: {
  request: RequestDetail;
  plan: PropagationPlan;
  onChanged: () => void;
  on: string;
  setOn: (on: string) => void;
}) {
  const ids = { on: useId(), onError: useId() };
  const [dateError, setDateError] = useState<string | null>(null);
  const done = plan.rows.filter((row) => row.status !== 'PENDING').length;
  return (
    <section aria-label="Propagation plan">
      <h2 className="section-title">Recipients to tell</h2>
      <p id="plan-progress-label">
        {done} of {plan.rows.length} recipients told or excused
      </p>
      <progress
        className="plan-progress"
        max={Math.max(plan.rows.length, 1)}
        value={plan.rows.length ? done : 1}
        aria-labelledby="plan-progress-label"
      />
      {request.respondedOn ? null : (
        <div className="field plan-date">
          <label htmlFor={ids.on}>Date of the notice</label>
          <input
            id={ids.on}
            type="date"
            value={on}
            aria-invalid={dateError ? true : undefined}
            aria-describedby={dateError ? ids.onError : undefined}
            onChange={(e) => setOn(e.target.value)}
          />
          {dateError ? (
            <p className="field-error" role="alert" id={ids.onError} data-field="on">
              {dateError}
            </p>
          ) : null}
        </div>
      )}
      {plan.rows.length === 0 ? (
        <Empty title="No recipient has to be told of this request." />
      ) : (
        <table className="data-table plan-table">
          <thead>
            <tr>
              <th scope="col">Recipient</th>
              <th scope="col">Why it must be told</th>
              <th scope="col">Evidence</th>
              <th scope="col">Categories</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {plan.rows.map((row) => (
              <tr key={row.recipient.id} data-recipient-id={row.recipient.id} className={`plan-row plan-${row.status.toLowerCase()}`}>
                <th scope="row">{row.recipient.name}</th>
                <td>{row.bases.map((b) => NOTICE_BASIS_WORDS[b]).join(', ')}</td>
                <td>
                  {row.evidence.map((e) => e.toLowerCase()).join(', ')}
                  <span className="muted"> · last {formatDate(row.lastOn)}</span>
                </td>
                <td>{row.categories.map((c) => c.name).join(', ')}</td>
                <td>{formatDate(row.dueOn)}</td>
                <td>
                  <strong>{PROPAGATION_STATUS_WORDS[row.status]}</strong>
                  {row.sentOn ? <div className="muted">sent {formatDate(row.sentOn)}</div> : null}
                  {row.confirmedOn ? <div className="muted">confirmed {formatDate(row.confirmedOn)}</div> : null}
                  {row.explanation ? <div className="muted">{row.explanation}</div> : null}
                </td>
                <td>
                  <PlanRowActions requestId={request.id} row={row} on={on} onChanged={onChanged} onDateError={setDateError} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {plan.excluded.length ? (
        <p className="muted">Not to be told for this kind of request: {plan.excluded.map((r) => r.name).join(', ')}.</p>
      ) : null}
    </section>
  );
}

function Respond({ request, plan, onChanged }: { request: RequestDetail; plan: PropagationPlan | null; onChanged: () => void }) {
  const [error, setError] = useState<string | null>(null);
  if (request.respondedOn) return <p>Answered on {formatDate(request.respondedOn)}.</p>;
  const pending = plan ? plan.rows.filter((row) => row.status === 'PENDING').map((row) => row.recipient.name) : [];
  const respond = async () => {
    setError(null);
    try {
      await graphqlRequest(RESPOND_TO_REQUEST, { id: request.id, respondedOn: todayIso(), documentRef: null });
      onChanged();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };
  return (
    <div className="respond">
      <button
        type="button"
        className="button button-primary"
        disabled={pending.length > 0}
        aria-describedby="respond-reason"
        onClick={() => void respond()}
      >
        Mark answered today
      </button>
      <p id="respond-reason" className="muted">
        {pending.length ? `Every recipient must be told or excused first; still pending: ${pending.join(', ')}.` : 'Ready to answer.'}
      </p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** One request: its facts, the recipients to tell with where each notice stands, the answer and the printable record. */
export function RequestPage({ id }: { id: string }) {
  const [refresh, setRefresh] = useState(0);
  const [on, setOn] = useState(todayIso());
  const details = useQuery(REQUEST_DETAILS, { id }, false, refresh);
  // While reloading after a change the previous data stays on screen (and the page keeps its form state).
  const request = details.state.data?.request;
  const hasPlan = request ? PLAN_KINDS.includes(request.kind) : false;
  const plan = useQuery(PROPAGATION_PLAN, { requestId: id }, !hasPlan, refresh);
  const reload = () => setRefresh((n) => n + 1);

  useEffect(() => {
    document.title = 'Request · Disclosure Map';
  }, []);

  if (!request) {
    const error = details.state.status === 'error' ? details.state.error : null;
    if (error instanceof ApiError && error.code === 'NOT_FOUND')
      return (
        <main className="page" id="main">
          <h1>Request not found</h1>
          <p>
            There is no request {id}. Back to <Link to="/requests">requests</Link>.
          </p>
        </main>
      );
    return (
      <main className="page" id="main">
        {error ? <ErrorMessage error={error} onRetry={details.reload} /> : <Loading label="Loading the request…" />}
      </main>
    );
  }
  const planData = plan.state.data?.propagationPlan ?? null;
  return (
    <main className="page" id="main">
      <header className="page-header">
        <p>
          <Link to="/requests">← Requests</Link>
        </p>
        <h1>{REQUEST_KIND_LABELS[request.kind]}</h1>
        <dl className="facts">
          <dt>Person</dt>
          <dd>{request.person.display}</dd>
          <dt>Received</dt>
          <dd>
            {formatDate(request.receivedOn)} · {request.channel}
            {request.designatedChannel ? '' : ' (not a designated channel)'}
          </dd>
          <dt>Due</dt>
          <dd>{formatDate(request.dueOn)}</dd>
          <dt>Status</dt>
          <dd>{REQUEST_STATUS_LABELS[request.status]}</dd>
        </dl>
      </header>
      <Respond request={request} plan={planData} onChanged={reload} />
      {!hasPlan ? null : plan.state.status === 'error' && !planData ? (
        <ErrorMessage error={plan.state.error} onRetry={plan.reload} />
      ) : planData ? (
        <PlanTable request={request} plan={planData} onChanged={reload} on={on} setOn={setOn} />
      ) : (
        <Loading label="Working out whom to tell…" />
      )}
      <Documents request={request} />
    </main>
  );
}
