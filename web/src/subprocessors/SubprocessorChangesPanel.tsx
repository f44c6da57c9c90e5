import { useId, useState, type FormEvent } from 'react';
import { errorMessage, graphqlRequest } from '../api/client';
import type { TypedDocumentString } from '../api/generated/graphql';
import { useQuery } from '../api/use-query';
import { can, useMe } from '../auth/role';
import { DataTable, type Column } from '../common/DataTable';
import { daysLeftLabel } from '../common/days';
import { formatDate, todayIso } from '../common/dates';
import { Empty, ErrorMessage, Loading } from '../common/states';
import {
  OBJECT_TO_SUBPROCESSOR,
  PROCESSORS_QUERY,
  RECORD_SUBPROCESSOR_CHANGE,
  SUBPROCESSOR_CHANGES_QUERY,
  type SubprocessorChange,
} from './graphql';
import './subprocessors.css';

function columns(today: string, objectOn: (c: SubprocessorChange) => void, canEdit: boolean, busy: boolean): Column<SubprocessorChange>[] {
  return [
    { key: 'sub', header: 'Sub-processor', render: (c) => <strong>{c.subprocessor.name}</strong>, sortValue: (c) => c.subprocessor.name },
    { key: 'notice', header: 'Notice', render: (c) => formatDate(c.noticeOn), sortValue: (c) => c.noticeOn },
    { key: 'effective', header: 'Effective', render: (c) => formatDate(c.effectiveOn), sortValue: (c) => c.effectiveOn },
    {
      key: 'deadline',
      header: 'Objection deadline',
      render: (c) => (
        <>
          {formatDate(c.objectionDeadline)}
          {c.objectedOn ? null : <span className="muted small block">{daysLeftLabel(c.objectionDeadline, today)}</span>}
        </>
      ),
      sortValue: (c) => c.objectionDeadline,
    },
    {
      key: 'short',
      header: 'Short notice',
      render: (c) => (c.shortNotice ? <span className="badge badge-sensitive">Short notice</span> : <span className="muted">No</span>),
    },
    {
      key: 'objection',
      header: 'Objection',
      render: (c) =>
        c.objectedOn ? (
          `Objected ${formatDate(c.objectedOn)}`
        ) : canEdit ? (
          <button type="button" className="button" disabled={busy} onClick={() => objectOn(c)}>
            Object to {c.subprocessor.name}
          </button>
        ) : (
          <span className="muted">None</span>
        ),
    },
  ];
}

/**
 * GDPR Art. 28(2) on a processor's registry page: the sub-processor changes it notified, the objection deadline with
 * the days left, the short-notice flag; editors record a notice and the controller's objection.
 */
export function SubprocessorChangesPanel() {
  const me = useMe();
  const canEdit = can(me?.role, 'editInventory');
  const today = todayIso();
  const recipients = useQuery(PROCESSORS_QUERY, {});
  const processors = (recipients.state.data?.recipients ?? []).filter((r) => r.class === 'PROCESSOR');
  const [picked, setPicked] = useState('');
  const processorId = picked || processors[0]?.id || '';
  const [revision, setRevision] = useState(0);
  const changes = useQuery(SUBPROCESSOR_CHANGES_QUERY, { processorId }, !processorId, revision);
  const [form, setForm] = useState({ subprocessorId: '', noticeOn: today, effectiveOn: '', objectionDays: '30' });
  const [objectionOn, setObjectionOn] = useState(today);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const ids = {
    processor: useId(),
    sub: useId(),
    notice: useId(),
    effective: useId(),
    days: useId(),
    objection: useId(),
    heading: useId(),
  };

  const run = async <R, V>(mutation: TypedDocumentString<R, V>, variables: V, done: string) => {
    setBusy(true);
    setMessage(null);
    try {
      await graphqlRequest(mutation, variables);
      setMessage({ kind: 'ok', text: done });
      setRevision((value) => value + 1);
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const onRecord = (event: FormEvent) => {
    event.preventDefault();
    if (!form.subprocessorId || !form.noticeOn || !form.effectiveOn) {
      setMessage({ kind: 'error', text: 'Choose the sub-processor and give the notice and effective dates.' });
      return;
    }
    const input = { processorId, ...form, objectionDays: Number(form.objectionDays) };
    void run(RECORD_SUBPROCESSOR_CHANGE, { input }, 'Notice recorded.');
  };

  const objectTo = (c: SubprocessorChange) =>
    void run(
      OBJECT_TO_SUBPROCESSOR,
      { processorId, subprocessorId: c.subprocessor.id, on: objectionOn },
      `Objection to ${c.subprocessor.name} recorded.`,
    );

  return (
    <section className="card subprocessor-changes" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>Sub-processor changes (GDPR Art. 28(2))</h2>
      <p className="muted">
        A processor working under general written authorisation notifies each new sub-processor; you may object until the deadline. Short
        notice: the change takes effect before the objection period ends.
      </p>
      {recipients.state.status === 'error' ? <ErrorMessage error={recipients.state.error} onRetry={recipients.reload} /> : null}
      <div className="registry-toolbar">
        <div className="field field-inline">
          <label htmlFor={ids.processor}>Processor</label>
          <select id={ids.processor} value={processorId} onChange={(event) => setPicked(event.target.value)}>
            {processors.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        {canEdit ? (
          <div className="field field-inline">
            <label htmlFor={ids.objection}>Objection date</label>
            <input id={ids.objection} type="date" value={objectionOn} onChange={(event) => setObjectionOn(event.target.value)} />
          </div>
        ) : null}
      </div>
      {message ? (
        <div
          className={`alert ${message.kind === 'ok' ? 'alert-success' : 'alert-error'}`}
          role={message.kind === 'ok' ? 'status' : 'alert'}
        >
          {message.text}
        </div>
      ) : null}
      {changes.state.status === 'error' ? <ErrorMessage error={changes.state.error} onRetry={changes.reload} /> : null}
      {changes.state.status === 'loading' && !changes.state.data ? <Loading /> : null}
      {changes.state.data?.subprocessorChanges.length === 0 ? <Empty title="No sub-processor change notified by this processor." /> : null}
      {changes.state.data?.subprocessorChanges.length ? (
        <DataTable
          caption="Sub-processor changes notified by this processor"
          rows={changes.state.data.subprocessorChanges}
          columns={columns(today, objectTo, canEdit, busy)}
          rowKey={(c) => `${c.subprocessor.id}-${c.noticeOn}-${c.effectiveOn}`}
          emptyMessage="No sub-processor change notified."
        />
      ) : null}
      {canEdit && processorId ? (
        <form className="registry-form subprocessor-form" onSubmit={onRecord} noValidate aria-label="Record a sub-processor notice">
          <h3>Record a notice</h3>
          <div className="form-grid">
            <div className="field">
              <label htmlFor={ids.sub}>Sub-processor</label>
              <select
                id={ids.sub}
                value={form.subprocessorId}
                onChange={(event) => setForm({ ...form, subprocessorId: event.target.value })}
              >
                <option value="">Choose…</option>
                {(recipients.state.data?.recipients ?? [])
                  .filter((r) => r.id !== processorId)
                  .map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.name}
                    </option>
                  ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.notice}>Notice received on</label>
              <input
                id={ids.notice}
                type="date"
                value={form.noticeOn}
                onChange={(event) => setForm({ ...form, noticeOn: event.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={ids.effective}>Effective on</label>
              <input
                id={ids.effective}
                type="date"
                value={form.effectiveOn}
                onChange={(event) => setForm({ ...form, effectiveOn: event.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={ids.days}>Days to object</label>
              <input
                id={ids.days}
                type="number"
                min={0}
                value={form.objectionDays}
                onChange={(event) => setForm({ ...form, objectionDays: event.target.value })}
              />
            </div>
          </div>
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={busy}>
              Record notice
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
