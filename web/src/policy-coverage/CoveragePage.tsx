import '../legal/legal.css';
import { AsOfForm, useAsOfParam } from '../common/AsOfForm';
import { useEffect } from 'react';
import { useQuery } from '../api/use-query';
import { formatDate } from '../common/dates';
import { ErrorMessage, Loading } from '../common/states';
import { MISMATCH_LABELS, POLICY_COVERAGE_QUERY } from './graphql';

/** Policy coverage as a checklist: every clause states something real, and every real flow is stated. */
export function CoveragePage() {
  const asOf = useAsOfParam();
  const coverage = useQuery(POLICY_COVERAGE_QUERY, { asOf });

  useEffect(() => {
    document.title = 'Policy coverage · Disclosure Map';
  }, []);

  const data = coverage.state.status === 'success' ? coverage.state.data.policyCoverage : null;
  const problems = data ? data.uncoveredFlows.length + data.mismatches.length + data.idleClauses.length : 0;

  return (
    <main className="page" id="main">
      <header className="page-header">
        <h1>Policy coverage</h1>
        <p className="muted">Does the published privacy policy state every real data flow, and does each clause say what its flows do?</p>
      </header>
      <AsOfForm path="/coverage" asOf={asOf} submitLabel="Check" />
      {coverage.state.status === 'error' ? (
        <ErrorMessage error={coverage.state.error} onRetry={coverage.reload} />
      ) : !data ? (
        <Loading label="Comparing the policy with the flows…" />
      ) : (
        <>
          <p role="status" className={problems ? 'coverage-summary coverage-problems' : 'coverage-summary coverage-ok'}>
            {problems
              ? `${problems} finding${problems === 1 ? '' : 's'} on ${formatDate(data.asOf)}.`
              : `The policy states every flow in force on ${formatDate(data.asOf)}, and every clause agrees with its flows.`}
          </p>
          {data.uncoveredFlows.length ? (
            <section aria-label="Flows no clause states">
              <h2 className="section-title">Flows no clause states ({data.uncoveredFlows.length})</h2>
              <ul className="coverage-list">
                {data.uncoveredFlows.map((flow) => (
                  <li key={flow.id} data-flow-id={flow.id}>
                    <span aria-hidden="true">✗ </span>
                    {flow.description} <span className="muted">({flow.id})</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {data.mismatches.length ? (
            <section aria-label="Mismatches">
              <h2 className="section-title">Clauses that differ from their flows ({data.mismatches.length})</h2>
              <ul className="coverage-list">
                {data.mismatches.map((m) => (
                  <li key={`${m.clause.id}-${m.kind}-${m.value}`}>
                    <span aria-hidden="true">✗ </span>§{m.clause.section} {m.clause.title} {MISMATCH_LABELS[m.kind] ?? m.kind}:{' '}
                    <strong>{m.value}</strong>
                    {m.flows.length ? <span className="muted"> ({m.flows.map((f) => f.description).join('; ')})</span> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-label="Checklist">
            <h2 className="section-title">Checklist of clauses</h2>
            <ul className="coverage-checklist">
              {data.clauses.map((row) => (
                <li key={row.clause.id} className={row.ok ? 'coverage-ok' : 'coverage-problems'} data-clause-id={row.clause.id}>
                  <span className="coverage-mark" aria-label={row.ok ? 'agrees' : 'needs attention'}>
                    {row.ok ? '✓' : '✗'}
                  </span>{' '}
                  <strong>
                    §{row.clause.section} {row.clause.title}
                  </strong>{' '}
                  <span className="muted">
                    {row.flows.length ? `${row.flows.length} flow${row.flows.length === 1 ? '' : 's'} in force` : 'states nothing in force'}
                    {row.declaredRecipientClasses.length ? ` · declares ${row.declaredRecipientClasses.join(', ')}` : ''}
                    {row.declaredUses.length ? ` · ${row.declaredUses.join(', ')}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </main>
  );
}
