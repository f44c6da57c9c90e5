import { useEffect, useId, useMemo, useState } from 'react';
import { useQuery } from '../api/use-query';
import { DataTable, type Column } from '../common/DataTable';
import { formatDate, formatLongDate } from '../common/dates';
import { downloadText } from '../common/download';
import { disclosureUseLabel, evidenceLabel, recipientClassLabel } from '../common/labels';
import { personKeyLabel } from '../common/person-keys';
import { PersonFields } from '../common/PersonFields';
import {
  formPerson,
  personRefOf,
  questionKeyLabel,
  useAnsweredVariables,
  usePersonIdInUrl,
  type PersonInput,
  type PersonKey,
} from '../common/person-keys';
import { QuestionCard } from '../common/QuestionCard';
import { Empty, ErrorMessage, Loading, unknownPersonNotice } from '../common/states';
import { recipientOnMapHref } from '../map/links';
import { Link } from '../router/Link';
import { navigate, useSearch } from '../router/router';
import { exportBaseName, whoReceivedCsv, whoReceivedJson } from './export';
import { WHO_RECEIVED_QUERY, type ReceivedBy, type WhoReceived } from './graphql';
import { parseQuestion, questionSearch, type WhoReceivedQuestion } from './query-params';
import { ReceivedGraph } from './ReceivedGraph';

const PLACEHOLDER: Record<PersonKey, string> = {
  email: 'name@example.com',
  phone: '+1 (415) 555-0100',
  externalId: 'cust-1001',
};

function personOf(question: WhoReceivedQuestion | null): PersonInput {
  return formPerson(question);
}

function QuestionForm({ question }: { question: WhoReceivedQuestion | null }) {
  const ids = { from: useId(), to: useId(), error: useId() };
  const [person, setPerson] = useState(personOf(question));
  const [from, setFrom] = useState(question?.from ?? '');
  const [to, setTo] = useState(question?.to ?? '');
  const [error, setError] = useState<string | null>(null);

  // Back/forward navigation brings another question: show it in the form.
  useEffect(() => {
    setPerson(personOf(question));
    setFrom(question?.from ?? '');
    setTo(question?.to ?? '');
  }, [question]);

  const submit = () => {
    if (!person.value.trim()) {
      setError(`Enter the person's ${personKeyLabel(person.key).toLowerCase()}.`);
      return;
    }
    if (from && to && to < from) {
      setError('The end date is before the start date.');
      return;
    }
    setError(null);
    navigate(`/who-received?${questionSearch({ ...person, from: from || null, to: to || null })}`);
  };

  return (
    <QuestionCard
      label="Find a person"
      submitLabel="Look up"
      onSubmit={submit}
      error={error}
      errorId={ids.error}
      hint={
        <>
          Leave the dates empty for everything up to today. Emails match regardless of case; phone numbers by their digits. Every lookup is
          written to the audit log.
        </>
      }
    >
      <PersonFields
        person={person}
        onChange={setPerson}
        keyLabel="Identifier"
        placeholder={PLACEHOLDER[person.key]}
        errorId={error ? ids.error : undefined}
      />
      <div className="field field-date">
        <label htmlFor={ids.from}>From</label>
        <input id={ids.from} name="from" type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
      </div>
      <div className="field field-date">
        <label htmlFor={ids.to}>To</label>
        <input id={ids.to} name="to" type="date" value={to} onChange={(event) => setTo(event.target.value)} />
      </div>
    </QuestionCard>
  );
}

function EvidenceBadges({ row }: { row: ReceivedBy }) {
  return (
    <span className="badges">
      {row.evidence.map((evidence) => (
        <span key={evidence} className={`badge badge-${evidence.toLowerCase()}`}>
          {evidenceLabel(evidence)}
        </span>
      ))}
    </span>
  );
}

const COLUMNS: readonly Column<ReceivedBy>[] = [
  {
    key: 'recipient',
    header: 'Recipient',
    render: (row) => (
      <>
        <strong>{row.recipient.name}</strong>{' '}
        <Link className="small-link" to={recipientOnMapHref(row.recipient.id, row.lastOn)} aria-label={`${row.recipient.name} on the map`}>
          map
        </Link>
      </>
    ),
    sortValue: (row) => row.recipient.name,
  },
  {
    key: 'class',
    header: 'Class',
    render: (row) => recipientClassLabel(row.recipient.class),
    sortValue: (row) => recipientClassLabel(row.recipient.class),
  },
  {
    key: 'categories',
    header: 'Categories',
    render: (row) => row.categories.map((category) => category.name).join(', ') || '—',
  },
  {
    key: 'purposes',
    header: 'Purposes',
    render: (row) => (
      <>
        {row.purposes.map((purpose) => purpose.name).join(', ') || '—'}
        <div className="muted small">{row.uses.map(disclosureUseLabel).join(', ')}</div>
      </>
    ),
  },
  {
    key: 'evidence',
    header: 'Evidence',
    render: (row) => <EvidenceBadges row={row} />,
    sortValue: (row) => row.evidence.join(','),
  },
  { key: 'firstOn', header: 'First', className: 'nowrap', render: (row) => formatDate(row.firstOn), sortValue: (row) => row.firstOn },
  { key: 'lastOn', header: 'Last', className: 'nowrap', render: (row) => formatDate(row.lastOn), sortValue: (row) => row.lastOn },
  {
    key: 'optOut',
    header: 'Opt-out',
    sortValue: (row) => row.optOutViolations.length,
    render: (row) =>
      row.optOutViolations.length ? (
        <span className="violation">
          <span className="badge badge-violation">Violation</span>
          {row.optOutViolations.map((transfer) => (
            <span key={transfer.id} className="violation-detail">
              Transfer {transfer.id} on {formatDate(transfer.occurredOn)} after an opt-out
            </span>
          ))}
        </span>
      ) : (
        <span className="muted">—</span>
      ),
  },
];

function Answer({ answer, question }: { answer: WhoReceived; question: WhoReceivedQuestion }) {
  const violations = answer.recipients.reduce((total, row) => total + row.optOutViolations.length, 0);
  const base = exportBaseName(answer);
  return (
    <section className="answer" aria-labelledby="answer-title">
      <div className="answer-header">
        <div>
          <h2 id="answer-title">
            {answer.recipients.length} {answer.recipients.length === 1 ? 'recipient' : 'recipients'} of {answer.person.display}
          </h2>
          <p className="muted">
            {answer.from ? `${formatLongDate(answer.from)} – ` : 'Up to '}
            {formatLongDate(answer.to)} · found by {questionKeyLabel(question.key).toLowerCase()}
            {answer.person.californiaResident === false ? ' · not a California resident' : ''}
          </p>
        </div>
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() => downloadText(`${base}.csv`, whoReceivedCsv(answer), 'text/csv;charset=utf-8')}
          >
            Export CSV
          </button>
          <button
            type="button"
            className="button"
            onClick={() => downloadText(`${base}.json`, whoReceivedJson(answer), 'application/json')}
          >
            Export JSON
          </button>
        </div>
      </div>
      {violations > 0 ? (
        <div className="alert alert-error" role="alert">
          {violations === 1 ? 'One transfer' : `${violations} transfers`} happened after an opt-out that should have stopped{' '}
          {violations === 1 ? 'it' : 'them'}. The data still counts as received.
        </div>
      ) : null}
      {answer.recipients.length === 0 ? (
        <Empty title="No recipient in this period">Nothing of this person's data was disclosed in the window.</Empty>
      ) : (
        <>
          <DataTable
            caption={`Recipients of ${answer.person.display}'s data`}
            rows={answer.recipients}
            columns={COLUMNS}
            rowKey={(row) => row.recipient.id}
            rowClassName={(row) => (row.optOutViolations.length ? 'row-violation' : undefined)}
            initialSort={{ key: 'recipient', dir: 'asc' }}
          />
          <h3 className="section-title">As a graph</h3>
          <ReceivedGraph answer={answer} />
        </>
      )}
    </section>
  );
}

/** "Who received this person's data": a form, the answer as a table and a graph, and exports. */
export function WhoReceivedPage() {
  const search = useSearch();
  const question = useMemo(() => parseQuestion(search), [search]);
  const variables = useAnsweredVariables(
    useMemo(() => (question ? { person: personRefOf(question), from: question.from, to: question.to } : { person: {} }), [question]),
  );
  const { state, reload } = useQuery(WHO_RECEIVED_QUERY, variables, question === null);
  usePersonIdInUrl(state.status === 'success' ? state.data.whoReceived.person.id : null, variables);

  useEffect(() => {
    document.title = 'Who received · Disclosure Map';
  }, []);

  return (
    <main className="page" id="main">
      <header className="page-header">
        <h1>Who received this person's data</h1>
        <p className="muted">Confirmed transfers from the ledger and flows inferred from the person's segments, after their opt-outs.</p>
      </header>
      <QuestionForm question={question} />
      {question === null ? (
        <Empty title="Ask about a person">Enter an email address, phone number or external id to see who received their data.</Empty>
      ) : state.status === 'loading' || state.status === 'idle' ? (
        <Loading label="Looking up…" />
      ) : state.status === 'error' ? (
        (unknownPersonNotice(state.error, question, 'Check the spelling, or try another identifier of the same person.') ?? (
          <ErrorMessage error={state.error} onRetry={reload} />
        ))
      ) : (
        <Answer answer={state.data.whoReceived} question={question} />
      )}
    </main>
  );
}
