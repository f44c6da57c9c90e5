import { useEffect, useId, useState } from 'react';
import { navigate, useSearch } from '../router/router';
import { isIsoDate, todayIso } from './dates';

/** The day a page's address asks about (`?asOf=`): today when absent or not a date. */
export function useAsOfParam(): string {
  const asOf = new URLSearchParams(useSearch()).get('asOf');
  return isIsoDate(asOf) ? asOf : todayIso();
}

/** The "as of" field of a page that answers for one day: submitting puts the day in the address, so the view can be shared. */
export function AsOfForm({ path, asOf, submitLabel }: { path: string; asOf: string; submitLabel: string }) {
  const [draft, setDraft] = useState(asOf);
  const dateId = useId();
  useEffect(() => setDraft(asOf), [asOf]);
  return (
    <form
      className="query-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (isIsoDate(draft)) navigate(`${path}?asOf=${draft}`);
      }}
    >
      <div className="form-row">
        <div className="field field-narrow">
          <label htmlFor={dateId}>As of</label>
          <input id={dateId} type="date" value={draft} onChange={(event) => setDraft(event.target.value)} />
        </div>
        <div className="field field-action">
          <button type="submit" className="button button-primary">
            {submitLabel}
          </button>
        </div>
      </div>
    </form>
  );
}
