import '../legal/legal.css';
import '../risk-assessments/risk.css';
import { useEffect, useId, useState } from 'react';
import { useQuery } from '../api/use-query';
import { formatDate, isIsoDate } from '../common/dates';
import { Empty, QueryView } from '../common/states';
import { navigate, useSearch } from '../router/router';
import { UNDECLARED_QUERY, UNDECLARED_REASON_LABELS } from './graphql';

const names = (items: { name: string }[]) => items.map((i) => i.name).join(', ') || '—';

/** The ledger held against the declared flows: every recorded transfer the inventory does not cover, and why. */
export function UndeclaredPage() {
  const params = new URLSearchParams(useSearch());
  const from = isIsoDate(params.get('from')) ? params.get('from') : null;
  const to = isIsoDate(params.get('to')) ? params.get('to') : null;
  const [draft, setDraft] = useState({ from: from ?? '', to: to ?? '' });
  const ids = { from: useId(), to: useId() };
  const result = useQuery(UNDECLARED_QUERY, { from, to });

  useEffect(() => {
    document.title = 'Undeclared transfers · Disclosure Map';
  }, []);

  return (
    <main className="page" id="main">
      <header className="page-header">
        <h1>Undeclared transfers</h1>
        <p className="muted">
          Transfers recorded in the ledger that the declared disclosures do not cover: to a recipient with no disclosure in force, with a
          use, category or purpose no disclosure declares. A declared category covers everything below it.
        </p>
      </header>
      <form
        className="query-form"
        onSubmit={(event) => {
          event.preventDefault();
          const query = new URLSearchParams();
          if (isIsoDate(draft.from)) query.set('from', draft.from);
          if (isIsoDate(draft.to)) query.set('to', draft.to);
          navigate(`/undeclared${query.toString() ? `?${query.toString()}` : ''}`);
        }}
      >
        <div className="form-row">
          <div className="field field-narrow">
            <label htmlFor={ids.from}>From (blank: the beginning)</label>
            <input id={ids.from} type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
          </div>
          <div className="field field-narrow">
            <label htmlFor={ids.to}>To (blank: today)</label>
            <input id={ids.to} type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
          </div>
          <div className="field field-action">
            <button type="submit" className="button button-primary">
              Check the ledger
            </button>
          </div>
        </div>
      </form>
      <QueryView
        result={result}
        loading="Holding the ledger against the declared flows…"
        isEmpty={(data) => data.undeclaredTransfers.length === 0}
        empty={<Empty title="Every recorded transfer in the window is covered by a declared disclosure." />}
      >
        {({ undeclaredTransfers: rows }) => (
          <section aria-label="Undeclared transfers">
            <p role="status" className="coverage-summary coverage-problems">
              {rows.length} transfer{rows.length === 1 ? '' : 's'} not covered by the declared flows.
            </p>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Recipient</th>
                  <th scope="col">Use</th>
                  <th scope="col">Categories</th>
                  <th scope="col">Purposes</th>
                  <th scope="col">Why it is not covered</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.transfer.id} data-transfer-id={row.transfer.id}>
                    <td>{formatDate(row.transfer.occurredOn)}</td>
                    <td>{row.transfer.recipient.name}</td>
                    <td>{row.transfer.use}</td>
                    <td>{names(row.transfer.categories)}</td>
                    <td>{names(row.transfer.purposes)}</td>
                    <td>
                      <ul className="reason-list">
                        {row.reasons.map((reason) => (
                          <li key={reason} data-reason={reason}>
                            {UNDECLARED_REASON_LABELS[reason]}
                            {reason === 'CATEGORY_NOT_DECLARED' ? `: ${names(row.uncoveredCategories)}` : ''}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </QueryView>
    </main>
  );
}
