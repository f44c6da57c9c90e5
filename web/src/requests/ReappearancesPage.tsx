import { useEffect, useId, useState } from 'react';
import { useQuery } from '../api/use-query';
import { formatDate } from '../common/dates';
import { Empty, QueryView } from '../common/states';
import { Link } from '../router/Link';
import { REQUEST_KIND_LABELS } from './graphql';
import { REAPPEARANCES } from './plan.graphql';

/** "We deleted them, yet sent their data on again": transfers after an answered deletion or erasure. */
export function ReappearancesPage() {
  const ids = { from: useId(), to: useId() };
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const result = useQuery(REAPPEARANCES, { from: from || null, to: to || null });

  useEffect(() => {
    document.title = 'Reappearances · Disclosure Map';
  }, []);

  return (
    <main className="page" id="main">
      <header className="page-header">
        <h1>Reappearances</h1>
        <p className="muted">
          Transfers that included a person after their CCPA deletion or GDPR erasure request was answered. Without dates, every transfer
          date counts.
        </p>
      </header>
      <form className="query-form" aria-label="Transfer dates" onSubmit={(e) => e.preventDefault()}>
        <div className="form-row">
          <div className="field field-narrow">
            <label htmlFor={ids.from}>Transfers from</label>
            <input id={ids.from} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </div>
          <div className="field field-narrow">
            <label htmlFor={ids.to}>to</label>
            <input id={ids.to} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </div>
        </div>
      </form>
      <QueryView
        result={result}
        loading="Looking for reappearances…"
        isEmpty={(data) => data.reappearances.length === 0}
        empty={<Empty title="No transfer included a person after their deletion or erasure was answered." />}
      >
        {(data) => (
          <table className="data-table reappearances">
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Request</th>
                <th scope="col">Answered</th>
                <th scope="col">Transfer date</th>
                <th scope="col">Recipient</th>
                <th scope="col">Categories</th>
              </tr>
            </thead>
            <tbody>
              {data.reappearances.map((r) => (
                <tr key={`${r.request.id}/${r.transfer.id}`}>
                  <td>{r.person.display}</td>
                  <td>
                    <Link to={`/requests/${encodeURIComponent(r.request.id)}`}>{REQUEST_KIND_LABELS[r.request.kind]}</Link>
                  </td>
                  <td>{formatDate(r.request.respondedOn)}</td>
                  <td>{formatDate(r.transfer.occurredOn)}</td>
                  <td>{r.transfer.recipient.name}</td>
                  <td>{r.transfer.categories.map((c) => c.name).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
    </main>
  );
}
