import { useId, useState } from 'react';
import { ApiError, errorMessage, graphqlRequest } from '../api/client';
import { fieldMessage } from '../registry/form-errors';
import { UPDATE_PROPAGATION, type PropagationRow, type PropagationStatus } from './plan.graphql';

type ErrorField = 'status' | 'explanation' | 'on' | 'recipientId' | 'form';

/** The server's refusal on the field it names (§7: status, explanation, on, recipientId); anything else on the row. */
function errorOn(error: unknown): { field: ErrorField; message: string } {
  if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') {
    const field = error.field?.replace(/^input\./, '');
    if (field === 'status' || field === 'explanation' || field === 'on' || field === 'recipientId')
      return { field, message: fieldMessage(error.message, error.field) };
  }
  return { field: 'form', message: errorMessage(error) };
}

/** Mark sent / confirmed / exception for one recipient; the date comes from the page's "date of the notice" field. */
export function PlanRowActions({
  requestId,
  row,
  on,
  onChanged,
  onDateError,
}: {
  requestId: string;
  row: PropagationRow;
  on: string;
  onChanged: () => void;
  onDateError: (message: string | null) => void;
}) {
  const ids = { explanation: useId(), error: useId() };
  const [excepting, setExcepting] = useState(false);
  const [explanation, setExplanation] = useState('');
  const [error, setError] = useState<{ field: ErrorField; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const update = async (status: PropagationStatus) => {
    setBusy(true);
    setError(null);
    onDateError(null);
    try {
      const input = { requestId, recipientId: row.recipient.id, status, on, ...(status === 'EXCEPTION' ? { explanation } : {}) };
      await graphqlRequest(UPDATE_PROPAGATION, { input });
      setExcepting(false);
      setExplanation('');
      onChanged();
    } catch (caught) {
      const refusal = errorOn(caught);
      if (refusal.field === 'on') onDateError(refusal.message);
      else setError(refusal);
    } finally {
      setBusy(false);
    }
  };

  const name = row.recipient.name;
  return (
    <div className="plan-actions">
      <div className="button-row">
        <button type="button" className="button button-small" disabled={busy} onClick={() => void update('SENT')}>
          Mark sent<span className="visually-hidden">: notice to {name}</span>
        </button>
        <button type="button" className="button button-small" disabled={busy} onClick={() => void update('CONFIRMED')}>
          Mark confirmed<span className="visually-hidden">: {name}</span>
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          aria-expanded={excepting}
          onClick={() => setExcepting((open) => !open)}
        >
          Exception…<span className="visually-hidden"> for {name}</span>
        </button>
      </div>
      {error && error.field !== 'explanation' ? (
        <p className="field-error" role="alert" data-field={error.field}>
          {error.message}
        </p>
      ) : null}
      {excepting ? (
        <div className="field plan-exception">
          <label htmlFor={ids.explanation}>Why telling {name} is impossible or involves disproportionate effort</label>
          <textarea
            id={ids.explanation}
            rows={2}
            value={explanation}
            aria-invalid={error?.field === 'explanation' ? true : undefined}
            aria-describedby={error?.field === 'explanation' ? ids.error : undefined}
            onChange={(e) => setExplanation(e.target.value)}
          />
          {error?.field === 'explanation' ? (
            <p className="field-error" role="alert" id={ids.error} data-field="explanation">
              {error.message}
            </p>
          ) : null}
          <button type="button" className="button button-small" disabled={busy} onClick={() => void update('EXCEPTION')}>
            Record exception
          </button>
        </div>
      ) : null}
    </div>
  );
}
