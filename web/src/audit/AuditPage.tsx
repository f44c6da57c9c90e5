import { useId, useState } from 'react';
import { useQuery } from '../api/use-query';
import { type Column, DataTable } from '../common/DataTable';
import { ErrorMessage, Loading } from '../common/states';
import { AUDIT_LOG_QUERY, type AuditEntry } from './graphql';

const COLUMNS: readonly Column<AuditEntry>[] = [
  { key: 'at', header: 'When (UTC)', render: (e) => e.at.replace('T', ' ').replace(/\.\d+Z$/, ''), sortValue: (e) => e.at },
  { key: 'actor', header: 'Token', render: (e) => e.actor, sortValue: (e) => e.actor },
  { key: 'role', header: 'Role', render: (e) => e.role, sortValue: (e) => e.role },
  { key: 'operation', header: 'Operation', render: (e) => e.operation, sortValue: (e) => e.operation },
  { key: 'targets', header: 'Targets', render: (e) => e.targetIds.join(', ') },
  { key: 'outcome', header: 'Outcome', render: (e) => e.outcome, sortValue: (e) => e.outcome },
];

/** The audit trail (ADMIN and LEGAL): who changed or looked at what, newest first. */
export function AuditPage() {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [actor, setActor] = useState('');
  const ids = { from: useId(), to: useId(), actor: useId() };
  const variables = { from: from || null, to: to || null, actor: actor.trim() || null, limit: 500 };
  const { state, reload } = useQuery(AUDIT_LOG_QUERY, variables);

  return (
    <main className="page" id="main">
      <h1>Audit log</h1>
      <p>Every change and every look-up of a person, with the token that made it. Entries cannot be edited.</p>
      <div className="registry-toolbar">
        <div className="field field-inline">
          <label htmlFor={ids.from}>From</label>
          <input id={ids.from} type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </div>
        <div className="field field-inline">
          <label htmlFor={ids.to}>To</label>
          <input id={ids.to} type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </div>
        <div className="field field-inline">
          <label htmlFor={ids.actor}>Token</label>
          <input id={ids.actor} type="search" value={actor} placeholder="Token name" onChange={(event) => setActor(event.target.value)} />
        </div>
      </div>
      {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={reload} /> : null}
      {state.status === 'loading' && !state.data ? <Loading /> : null}
      {state.data ? (
        <DataTable
          caption="Audit entries, newest first"
          rows={state.data.auditLog}
          columns={COLUMNS}
          rowKey={(e) => e.id}
          initialSort={{ key: 'at', dir: 'desc' }}
          emptyMessage="No entries in this window."
        />
      ) : null}
    </main>
  );
}
