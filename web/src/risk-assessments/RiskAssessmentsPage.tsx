import '../legal/legal.css';
import './risk.css';
import { AsOfForm, useAsOfParam } from '../common/AsOfForm';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { errorMessage, graphqlRequest } from '../api/client';
import { useQuery } from '../api/use-query';
import { can, useMe } from '../auth/role';
import { formatDate, todayIso } from '../common/dates';
import { Empty, QueryView } from '../common/states';
import {
  RECORD_RISK_ASSESSMENT,
  RISK_ASSESSMENTS_QUERY,
  RISK_REASON_LABELS,
  RISK_STATUS_BADGES,
  RISK_STATUS_LABELS,
  type RiskAssessmentItem,
} from './graphql';

function RecordAssessment({ item, onRecorded }: { item: RiskAssessmentItem; onRecorded: () => void }) {
  const ids = { on: useId(), ref: useId() };
  const [assessedOn, setAssessedOn] = useState(todayIso());
  const [documentRef, setDocumentRef] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await graphqlRequest(RECORD_RISK_ASSESSMENT, { flowId: item.flowId, assessedOn, documentRef: documentRef.trim() || null });
      onRecorded();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)} aria-label={`Record the assessment of ${item.description}`}>
      <label htmlFor={ids.on}>Assessed on</label>
      <input id={ids.on} type="date" required value={assessedOn} onChange={(e) => setAssessedOn(e.target.value)} />
      <label htmlFor={ids.ref}>Document</label>
      <input
        id={ids.ref}
        type="text"
        maxLength={500}
        placeholder="e.g. DPIA-2026-07"
        value={documentRef}
        onChange={(e) => setDocumentRef(e.target.value)}
      />
      <button type="submit" className="button button-small" disabled={busy}>
        Record
      </button>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}

/** How many of the flows' assessments are still to do on the day asked about. */
function ChecklistSummary({ items, asOf }: { items: readonly { status: string }[]; asOf: string }) {
  const open = items.filter((i) => i.status !== 'DONE').length;
  return (
    <p role="status" className={open ? 'coverage-summary coverage-problems' : 'coverage-summary coverage-ok'}>
      {open ? `${open} of ${items.length} assessments still to do on ${formatDate(asOf)}.` : `All ${items.length} assessments are done.`}
    </p>
  );
}

/** The risk-assessment checklist: each flow in force that sells, shares or handles sensitive data, its due date and status. */
export function RiskAssessmentsPage() {
  const asOf = useAsOfParam();
  const [refresh, setRefresh] = useState(0);
  const me = useMe();
  const result = useQuery(RISK_ASSESSMENTS_QUERY, { asOf }, false, refresh);

  useEffect(() => {
    document.title = 'Risk assessments · Disclosure Map';
  }, []);

  return (
    <main className="page" id="main">
      <header className="page-header">
        <h1>Risk assessments</h1>
        <p className="muted">
          Under the CCPA regulations in force from 1 January 2026, a flow that sells or shares personal information, or handles sensitive
          personal information, needs a risk assessment before it starts; flows that started before 2026 have until 31 December 2027.
        </p>
      </header>
      <AsOfForm path="/risk-assessments" asOf={asOf} submitLabel="Show" />
      <QueryView
        result={result}
        loading="Finding the flows that need an assessment…"
        isEmpty={(data) => data.riskAssessments.length === 0}
        empty={<Empty title={`No flow in force on ${formatDate(asOf)} needs a risk assessment.`} />}
      >
        {({ riskAssessments: items }) => (
          <section aria-label="Checklist">
            <ChecklistSummary items={items} asOf={asOf} />
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Flow</th>
                  <th scope="col">Why</th>
                  <th scope="col">Due</th>
                  <th scope="col">Status</th>
                  <th scope="col">Assessment</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.flowId} data-flow-id={item.flowId}>
                    <td>
                      {item.description}
                      <div className="muted">
                        {item.flowId} · since {formatDate(item.validFrom)}
                      </div>
                    </td>
                    <td>{item.reasons.map((r) => RISK_REASON_LABELS[r]).join('; ')}</td>
                    <td>{formatDate(item.dueOn)}</td>
                    <td>
                      <span className={`badge ${RISK_STATUS_BADGES[item.status]}`}>{RISK_STATUS_LABELS[item.status]}</span>
                    </td>
                    <td>
                      {item.assessedOn ? (
                        <span>
                          {formatDate(item.assessedOn)}
                          {item.documentRef ? ` · ${item.documentRef}` : ''}
                        </span>
                      ) : null}
                      {can(me?.role, 'legal') ? (
                        <RecordAssessment item={item} onRecorded={() => setRefresh((n) => n + 1)} />
                      ) : item.assessedOn ? null : (
                        <span className="muted">Not yet assessed</span>
                      )}
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
