import './ccpa.css';
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { useQuery } from '../api/use-query';
import { formatLongDate, isIsoDate } from '../common/dates';
import { downloadText } from '../common/download';
import { PersonFields } from '../common/PersonFields';
import { formPerson, personRefOf, questionKeyLabel, useAnsweredVariables, usePersonIdInUrl } from '../common/person-keys';
import { QuestionCard } from '../common/QuestionCard';
import { QueryView, unknownPersonNotice } from '../common/states';
import { navigate, useSearch } from '../router/router';
import { ccpaCsv, ccpaExportBaseName, ccpaJson } from './export';
import { CCPA_RIGHT_TO_KNOW_QUERY, type CcpaCategoryInfo, type CcpaRightToKnow } from './graphql';
import { ccpaSearch, parseCcpaQuestion, type CcpaQuestion } from './params';

function QuestionForm({ question }: { question: CcpaQuestion }) {
  const ids = { asOf: useId(), error: useId() };
  const [person, setPerson] = useState(formPerson(question.person));
  const [asOf, setAsOf] = useState(question.asOf);
  const [error, setError] = useState<string | null>(null);

  // Back/forward navigation brings another question: show it in the form.
  useEffect(() => {
    setPerson(formPerson(question.person));
    setAsOf(question.asOf);
  }, [question]);

  const submit = () => {
    if (!isIsoDate(asOf)) {
      setError('Enter the as-of date.');
      return;
    }
    setError(null);
    navigate(`/ccpa?${ccpaSearch({ person: person.value.trim() ? person : null, asOf })}`);
  };

  return (
    <QuestionCard
      label="Choose the answer"
      submitLabel="Show"
      onSubmit={submit}
      noPrint
      error={error}
      errorId={ids.error}
      hint={
        <>
          The answer covers the 12 months up to and including the as-of date. Emails match regardless of case; phone numbers by their
          digits. Every person look-up is written to the audit log.
        </>
      }
    >
      <PersonFields
        person={person}
        onChange={setPerson}
        keyLabel="Person (optional)"
        placeholder="Leave empty for the business-wide answer"
      />
      <div className="field field-date">
        <label htmlFor={ids.asOf}>As of</label>
        <input
          id={ids.asOf}
          name="asOf"
          type="date"
          value={asOf}
          onChange={(event) => setAsOf(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? ids.error : undefined}
        />
      </div>
    </QuestionCard>
  );
}

/** One titled part of the answer, a named region; an empty one says so in words. */
function AnswerSection({ title, citation, empty, children }: { title: string; citation: string; empty: boolean; children: ReactNode }) {
  const titleId = useId();
  return (
    <section className="ccpa-section" aria-labelledby={titleId}>
      <h3 id={titleId} className="section-title">
        {title} <span className="ccpa-citation">{citation}</span>
      </h3>
      {empty ? <p className="ccpa-none">None in this period.</p> : children}
    </section>
  );
}

function CategoryCell({ category }: { category: CcpaCategoryInfo }) {
  return (
    <>
      {category.label} <span className="ccpa-citation">{category.citation}</span>
    </>
  );
}

function soldOrSharedLabel(row: { sold: boolean; shared: boolean }): string {
  if (row.sold && row.shared) return 'Sold and shared';
  return row.sold ? 'Sold' : 'Shared';
}

function Answer({ answer, question }: { answer: CcpaRightToKnow; question: CcpaQuestion }) {
  const base = ccpaExportBaseName(answer);
  return (
    <section className="answer ccpa-answer" aria-labelledby="ccpa-answer-title">
      <div className="answer-header">
        <div>
          <h2 id="ccpa-answer-title">{answer.person ? `Right to know for ${answer.person.display}` : 'Right to know, business-wide'}</h2>
          <p className="muted">
            {answer.person && question.person
              ? `Found by ${questionKeyLabel(question.person.key).toLowerCase()}`
              : 'Every consumer, from the inventory and the transfer ledger'}
            {answer.person?.californiaResident === false ? ' · not a California resident' : ''}
          </p>
        </div>
        <div className="button-row no-print">
          <button type="button" className="button" onClick={() => downloadText(`${base}.csv`, ccpaCsv(answer), 'text/csv;charset=utf-8')}>
            Export CSV
          </button>
          <button type="button" className="button" onClick={() => downloadText(`${base}.json`, ccpaJson(answer), 'application/json')}>
            Export JSON
          </button>
          <button type="button" className="button" onClick={() => window.print()}>
            Print
          </button>
        </div>
      </div>

      <AnswerSection title="Period" citation="§1798.130(a)(2)(B)" empty={false}>
        <p className="ccpa-period">
          {formatLongDate(answer.periodStart)} – {formatLongDate(answer.periodEnd)}: the 12 months up to and including the as-of date.
        </p>
      </AnswerSection>

      <AnswerSection
        title="Categories of personal information collected"
        citation="§1798.110(a)(1)"
        empty={answer.categoriesCollected.length === 0}
      >
        <ul className="ccpa-list">
          {answer.categoriesCollected.map((category) => (
            <li key={category.code} data-code={category.code}>
              <CategoryCell category={category} />
            </li>
          ))}
        </ul>
      </AnswerSection>

      <AnswerSection title="Categories of sources" citation="§1798.110(a)(2)" empty={answer.sourceCategories.length === 0}>
        <ul className="ccpa-list">
          {answer.sourceCategories.map((source) => (
            <li key={source.kind} data-kind={source.kind}>
              {source.label}
              <span className="ccpa-detail">{source.sources.join('; ')}</span>
            </li>
          ))}
        </ul>
      </AnswerSection>

      <AnswerSection title="Business or commercial purposes" citation="§1798.110(a)(3)" empty={answer.purposes.length === 0}>
        <ul className="ccpa-list">
          {answer.purposes.map((purpose) => (
            <li key={purpose.id} data-purpose-id={purpose.id}>
              {purpose.name}
              {purpose.description ? <span className="ccpa-detail">{purpose.description}</span> : null}
            </li>
          ))}
        </ul>
      </AnswerSection>

      <AnswerSection title="Categories sold or shared" citation="§1798.115(a)(2)" empty={answer.soldOrShared.length === 0}>
        <div className="table-wrap">
          <table className="data-table ccpa-table">
            <thead>
              <tr>
                <th scope="col">Category of personal information</th>
                <th scope="col">Sold or shared</th>
                <th scope="col">Categories of third parties</th>
              </tr>
            </thead>
            <tbody>
              {answer.soldOrShared.map((row) => (
                <tr key={row.category.code} data-code={row.category.code}>
                  <td data-label="Category">
                    <CategoryCell category={row.category} />
                  </td>
                  <td data-label="Sold or shared" className="nowrap">
                    {soldOrSharedLabel(row)}
                  </td>
                  <td data-label="Third parties">{row.thirdPartyCategories.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </AnswerSection>

      <AnswerSection
        title="Categories disclosed for a business purpose"
        citation="§1798.115(a)(3)"
        empty={answer.disclosedForBusinessPurpose.length === 0}
      >
        <div className="table-wrap">
          <table className="data-table ccpa-table">
            <thead>
              <tr>
                <th scope="col">Category of personal information</th>
                <th scope="col">Categories of recipients</th>
              </tr>
            </thead>
            <tbody>
              {answer.disclosedForBusinessPurpose.map((row) => (
                <tr key={row.category.code} data-code={row.category.code}>
                  <td data-label="Category">
                    <CategoryCell category={row.category} />
                  </td>
                  <td data-label="Recipients">{row.recipientCategories.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </AnswerSection>
    </section>
  );
}

/** CCPA right to know (Civ. Code §1798.110, §1798.115): business-wide or for one person, over the 12 months before a date. */
export function CcpaPage() {
  const search = useSearch();
  const question = useMemo(() => parseCcpaQuestion(search), [search]);
  const variables = useAnsweredVariables(
    useMemo(() => ({ person: question.person ? personRefOf(question.person) : null, asOf: question.asOf }), [question]),
  );
  const result = useQuery(CCPA_RIGHT_TO_KNOW_QUERY, variables);
  const { state } = result;
  usePersonIdInUrl(state.status === 'success' ? state.data.ccpaRightToKnow.person?.id : null, variables);

  useEffect(() => {
    document.title = 'CCPA right to know · Disclosure Map';
  }, []);

  return (
    <main className="page" id="main">
      <header className="page-header">
        <h1>CCPA right to know</h1>
        <p className="muted">
          What the business collected, from which sources and for which purposes, and the two separate lists of §1798.115: categories sold
          or shared, and categories disclosed for a business purpose (California Civil Code §1798.110, §1798.115).
        </p>
      </header>
      <QuestionForm question={question} />
      <QueryView
        result={result}
        loading="Preparing the answer…"
        renderError={(error) =>
          unknownPersonNotice(
            error,
            question.person,
            'Check the spelling, try another identifier of the same person, or leave the person empty for the business-wide answer.',
          )
        }
      >
        {(data) => <Answer answer={data.ccpaRightToKnow} question={question} />}
      </QueryView>
    </main>
  );
}
