import { useEffect, useId, useMemo, useState } from 'react';
import { ApiError } from '../api/client';
import { useQuery } from '../api/use-query';
import { formatDate } from '../common/dates';
import { personKeyLabel } from '../common/labels';
import { NO_PERSON, PersonFields } from '../common/PersonFields';
import { personRefOf } from '../common/person-keys';
import { QuestionCard } from '../common/QuestionCard';
import { ErrorMessage, Loading } from '../common/states';
import { navigate, useSearch } from '../router/router';
import { SHINE_THE_LIGHT_QUERY } from './graphql';
import { defaultReportYear, parseReportQuestion, reportSearch, type ReportQuestion } from './params';
import { ShineTheLightLetter } from './ShineTheLightLetter';
import { useOrganization } from './use-organization';
import { authStore, selectToken } from '../auth/auth-store';
import { useStore } from '../common/store';
import { shineTheLightDocument } from '../legal/document-links';

function yearChoices(selected: number): number[] {
  const current = new Date().getUTCFullYear();
  const years = new Set<number>([selected]);
  for (let year = current; year >= current - 7; year -= 1) years.add(year);
  return [...years].sort((a, b) => b - a);
}

function ReportForm({ question }: { question: ReportQuestion }) {
  const yearId = useId();
  const [year, setYear] = useState(question.year);
  const [person, setPerson] = useState(question.person ?? NO_PERSON);

  useEffect(() => {
    setYear(question.year);
    setPerson(question.person ?? NO_PERSON);
  }, [question]);

  const submit = () => {
    navigate(`/reports/shine-the-light?${reportSearch({ year, person: person.value.trim() ? person : null })}`);
  };

  return (
    <QuestionCard label="Choose the report" submitLabel="Preview" onSubmit={submit} noPrint>
      <div className="field field-narrow">
        <label htmlFor={yearId}>Calendar year</label>
        <select id={yearId} value={year} onChange={(event) => setYear(Number(event.target.value))}>
          {yearChoices(year).map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>
      </div>
      <PersonFields
        person={person}
        onChange={setPerson}
        keyLabel="Person (optional)"
        placeholder="Leave empty for the standard annual report"
        inputType={person.key === 'email' ? 'email' : 'text'}
      />
    </QuestionCard>
  );
}

/** The letter as the server renders it, to send: HTML, PDF (text-selectable) and CSV. */
function DocumentLinks({ year, person }: { year: number; person: { key: string; value: string } | null }) {
  const token = useStore(authStore, selectToken);
  return (
    <span className="document-links">
      Download:{' '}
      {(['pdf', 'html', 'csv'] as const).map((format, index) => (
        <span key={format}>
          {index ? ' · ' : ''}
          <a href={shineTheLightDocument(year, format, person, token)} download={format === 'html' ? undefined : ''}>
            {format.toUpperCase()}
          </a>
        </span>
      ))}
    </span>
  );
}

/** Shine the Light (Civ. Code §1798.83): pick a year and optionally a person, preview and print the letter. */
export function ShineTheLightPage() {
  const search = useSearch();
  const question = useMemo(() => parseReportQuestion(search), [search]);
  const variables = useMemo(() => ({ year: question.year, person: question.person ? personRefOf(question.person) : null }), [question]);
  const report = useQuery(SHINE_THE_LIGHT_QUERY, variables);
  const organization = useOrganization();

  useEffect(() => {
    document.title = `Shine the Light ${question.year} · Disclosure Map`;
  }, [question.year]);

  return (
    <main className="page page-report" id="main">
      <header className="page-header no-print">
        <h1>Shine the Light</h1>
        <p className="muted">
          The annual statement of disclosures to third parties for their own direct marketing (California Civil Code §1798.83). The default
          year is {defaultReportYear()}, the preceding calendar year.
        </p>
      </header>
      <ReportForm question={question} />
      {report.state.status === 'error' ? (
        report.state.error instanceof ApiError && report.state.error.code === 'NOT_FOUND' && question.person ? (
          <div className="state state-empty" role="alert">
            <strong>
              No one with the {personKeyLabel(question.person.key).toLowerCase()} “{question.person.value}” is on record.
            </strong>
            <div>Leave the person empty for the standard annual report.</div>
          </div>
        ) : (
          <ErrorMessage error={report.state.error} onRetry={report.reload} />
        )
      ) : report.state.status !== 'success' || !organization.settled ? (
        <Loading label="Preparing the report…" />
      ) : (
        <>
          <div className="report-toolbar no-print">
            <span className="muted">
              Preview for {formatDate(report.state.data.shineTheLightReport.periodStart)} –{' '}
              {formatDate(report.state.data.shineTheLightReport.periodEnd)}
              {report.state.data.shineTheLightReport.person
                ? ` · ${report.state.data.shineTheLightReport.person.display}`
                : ' · standard annual report'}
            </span>
            <DocumentLinks year={question.year} person={question.person ?? null} />
            <button type="button" className="button" onClick={() => window.print()}>
              Print
            </button>
          </div>
          <ShineTheLightLetter report={report.state.data.shineTheLightReport} organization={organization.organization} />
        </>
      )}
    </main>
  );
}
