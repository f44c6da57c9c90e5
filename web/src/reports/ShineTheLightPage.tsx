import { useEffect, useId, useMemo, useState } from 'react';
import { useQuery } from '../api/use-query';
import { formatDate } from '../common/dates';
import { PersonFields } from '../common/PersonFields';
import { formPerson, personRefOf, useAnsweredVariables, usePersonIdInUrl } from '../common/person-keys';
import { QuestionCard } from '../common/QuestionCard';
import { QueryView, unknownPersonNotice } from '../common/states';
import { navigate, useSearch } from '../router/router';
import { SHINE_THE_LIGHT_QUERY } from './graphql';
import { defaultReportYear, parseReportQuestion, reportSearch, type ReportQuestion } from './params';
import { ShineTheLightLetter } from './ShineTheLightLetter';
import { useOrganization } from './use-organization';
import { DocumentLink } from '../legal/DocumentLink';
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
  const [person, setPerson] = useState(formPerson(question.person));

  useEffect(() => {
    setYear(question.year);
    setPerson(formPerson(question.person));
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
function DocumentLinks({ year, personId }: { year: number; personId: string | null }) {
  return (
    <span className="document-links">
      Download:{' '}
      {(['pdf', 'html', 'csv'] as const).map((format, index) => (
        <span key={format}>
          {index ? ' · ' : ''}
          <DocumentLink path={shineTheLightDocument(year, format, personId)}>{format.toUpperCase()}</DocumentLink>
        </span>
      ))}
    </span>
  );
}

/** Shine the Light (Civ. Code §1798.83): pick a year and optionally a person, preview and print the letter. */
export function ShineTheLightPage() {
  const search = useSearch();
  const question = useMemo(() => parseReportQuestion(search), [search]);
  const variables = useAnsweredVariables(
    useMemo(() => ({ year: question.year, person: question.person ? personRefOf(question.person) : null }), [question]),
  );
  const report = useQuery(SHINE_THE_LIGHT_QUERY, variables);
  usePersonIdInUrl(report.state.status === 'success' ? report.state.data.shineTheLightReport.person?.id : null, variables);
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
      <QueryView
        result={report}
        loading="Preparing the report…"
        ready={organization.settled}
        renderError={(error) => unknownPersonNotice(error, question.person, 'Leave the person empty for the standard annual report.')}
      >
        {({ shineTheLightReport }) => (
          <>
            <div className="report-toolbar no-print">
              <span className="muted">
                Preview for {formatDate(shineTheLightReport.periodStart)} – {formatDate(shineTheLightReport.periodEnd)}
                {shineTheLightReport.person ? ` · ${shineTheLightReport.person.display}` : ' · standard annual report'}
              </span>
              <DocumentLinks year={question.year} personId={shineTheLightReport.person?.id ?? null} />
              <button type="button" className="button" onClick={() => window.print()}>
                Print
              </button>
            </div>
            <ShineTheLightLetter report={shineTheLightReport} organization={organization.organization} />
          </>
        )}
      </QueryView>
    </main>
  );
}
