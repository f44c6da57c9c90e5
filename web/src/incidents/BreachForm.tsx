import { useId, useState, type FormEvent } from 'react';
import { useQuery } from '../api/use-query';
import { todayIso } from '../common/dates';
import { BREACH_TARGETS_QUERY, type BreachInput } from './graphql';

/** What was breached (a recipient or one of our systems), the window and the discovery date. */
export function BreachForm({ initial, onSubmit }: { initial: BreachInput | null; onSubmit: (input: BreachInput) => void }) {
  const targets = useQuery(BREACH_TARGETS_QUERY, {});
  const [kind, setKind] = useState<'recipient' | 'system'>(initial?.systemId ? 'system' : 'recipient');
  const [target, setTarget] = useState(initial?.recipientId ?? initial?.systemId ?? '');
  const [from, setFrom] = useState(initial?.from ?? '');
  const [to, setTo] = useState(initial?.to ?? todayIso());
  const [discoveredOn, setDiscoveredOn] = useState(initial?.discoveredOn ?? todayIso());
  const [problem, setProblem] = useState<string | null>(null);
  const ids = { kind: useId(), target: useId(), from: useId(), to: useId(), discovered: useId() };
  const pick = (next: 'recipient' | 'system') => {
    setKind(next);
    setTarget('');
  };
  const options = kind === 'recipient' ? (targets.state.data?.recipients ?? []) : (targets.state.data?.systems ?? []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!target || !from || !to || !discoveredOn) return setProblem('Choose what was breached and give the window and the discovery date.');
    if (to < from) return setProblem('The window must end on or after its first day.');
    setProblem(null);
    onSubmit(kind === 'recipient' ? { recipientId: target, from, to, discoveredOn } : { systemId: target, from, to, discoveredOn });
  };

  return (
    <form className="card incident-form no-print" onSubmit={submit} noValidate aria-label="Describe the breach">
      {problem ? (
        <div className="alert alert-error" role="alert">
          {problem}
        </div>
      ) : null}
      <div className="form-grid">
        <fieldset className="field">
          <legend>What was breached</legend>
          <label className="inline-choice">
            <input type="radio" name={ids.kind} checked={kind === 'recipient'} onChange={() => pick('recipient')} />A recipient
          </label>
          <label className="inline-choice">
            <input type="radio" name={ids.kind} checked={kind === 'system'} onChange={() => pick('system')} />
            One of our systems
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor={ids.target}>{kind === 'recipient' ? 'Recipient' : 'System'}</label>
          <select id={ids.target} value={target} onChange={(event) => setTarget(event.target.value)}>
            <option value="">Choose…</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.from}>Breach window from</label>
          <input id={ids.from} type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.to}>Breach window to</label>
          <input id={ids.to} type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.discovered}>Discovered on</label>
          <input id={ids.discovered} type="date" value={discoveredOn} onChange={(event) => setDiscoveredOn(event.target.value)} />
        </div>
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary">
          Assess the impact
        </button>
      </div>
    </form>
  );
}
