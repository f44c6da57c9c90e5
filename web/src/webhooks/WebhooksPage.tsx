import '../legal/legal.css';
import './webhooks.css';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { errorMessage, graphqlRequest } from '../api/client';
import { useQuery } from '../api/use-query';
import { formatDate } from '../common/dates';
import { Empty, ErrorMessage, Loading, QueryView } from '../common/states';
import {
  CREATE_WEBHOOK,
  DELETE_WEBHOOK,
  DELIVERIES_QUERY,
  WEBHOOK_EVENT_LABELS,
  WEBHOOK_EVENTS,
  WEBHOOKS_QUERY,
  deliveryState,
  type Webhook,
  type WebhookEvent,
} from './graphql';

const time = (iso: string | null) => (iso ? iso.replace('T', ' ').slice(0, 19) + ' UTC' : '—');

function CreateWebhookForm({ onCreated }: { onCreated: (secret: string, webhook: Webhook) => void }) {
  const urlId = useId();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>([...WEBHOOK_EVENTS]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await graphqlRequest(CREATE_WEBHOOK, { input: { url: url.trim(), events } });
      setUrl('');
      onCreated(result.createWebhook.secret, result.createWebhook.webhook);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="query-form" onSubmit={(event) => void submit(event)} aria-label="Add a webhook">
      <div className="form-row">
        <div className="field field-grow">
          <label htmlFor={urlId}>Receiver URL (http or https)</label>
          <input
            id={urlId}
            type="url"
            required
            value={url}
            placeholder="https://hooks.example.com/disclosure-map"
            onChange={(e) => setUrl(e.target.value)}
          />
        </div>
        <div className="field field-action">
          <button type="submit" className="button button-primary" disabled={busy || events.length === 0}>
            Add webhook
          </button>
        </div>
      </div>
      <fieldset className="event-choices">
        <legend>Events</legend>
        {WEBHOOK_EVENTS.map((e) => (
          <label key={e}>
            <input
              type="checkbox"
              checked={events.includes(e)}
              onChange={(change) => setEvents(WEBHOOK_EVENTS.filter((x) => (x === e ? change.target.checked : events.includes(x))))}
            />
            {WEBHOOK_EVENT_LABELS[e]}
          </label>
        ))}
      </fieldset>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}

function DeliveryLog({ webhook }: { webhook: Webhook }) {
  const log = useQuery(DELIVERIES_QUERY, { webhookId: webhook.id });
  if (log.state.status === 'error') return <ErrorMessage error={log.state.error} onRetry={log.reload} />;
  if (log.state.status !== 'success') return <Loading label="Loading the delivery log…" />;
  const rows = log.state.data.webhookDeliveries;
  return (
    <section aria-label={`Delivery log of ${webhook.url}`}>
      <h3 className="section-title">
        Delivery log <span className="muted">(latest first)</span>{' '}
        <button type="button" className="button button-small button-quiet" onClick={log.reload}>
          Refresh
        </button>
      </h3>
      {rows.length === 0 ? (
        <Empty title="Nothing sent yet." />
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Occurred</th>
              <th scope="col">State</th>
              <th scope="col">Attempts</th>
              <th scope="col">Last status</th>
              <th scope="col">Next attempt</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id} data-delivery-id={d.id}>
                <td>{WEBHOOK_EVENT_LABELS[d.event]}</td>
                <td>{time(d.occurredAt)}</td>
                <td>
                  <span className={`badge ${d.delivered ? 'badge-responded' : d.gaveUp ? 'badge-overdue' : 'badge-open'}`}>
                    {deliveryState(d)}
                  </span>
                </td>
                <td>{d.attempts}</td>
                <td>{d.lastStatus ?? (d.lastError ? <span title={d.lastError}>no answer</span> : '—')}</td>
                <td>{time(d.nextAttemptAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Webhooks (ADMIN): subscribe a URL to events, see the secret once, delete, and read each webhook's delivery log. */
export function WebhooksPage() {
  const [refresh, setRefresh] = useState(0);
  const [created, setCreated] = useState<{ secret: string; webhook: Webhook } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = useQuery(WEBHOOKS_QUERY, {}, false, refresh);

  useEffect(() => {
    document.title = 'Webhooks · Disclosure Map';
  }, []);

  const remove = async (webhook: Webhook) => {
    setError(null);
    try {
      await graphqlRequest(DELETE_WEBHOOK, { id: webhook.id });
      if (created?.webhook.id === webhook.id) setCreated(null);
      setRefresh((n) => n + 1);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <main className="page" id="main">
      <header className="page-header">
        <h1>Webhooks</h1>
        <p className="muted">
          Each event is POSTed as JSON and signed: <code>X-Disclosure-Map-Signature: sha256=</code>HMAC-SHA256 of the raw body with the
          webhook’s secret. Deliveries are retried with exponential backoff for 24 hours.
        </p>
      </header>
      <CreateWebhookForm
        onCreated={(secret, webhook) => {
          setCreated({ secret, webhook });
          setRefresh((n) => n + 1);
        }}
      />
      {created ? (
        <div className="secret-once" role="status">
          <strong>Signing secret for {created.webhook.url}</strong>
          <code data-testid="webhook-secret">{created.secret}</code>
          Copy it now: it is shown only this once.
          <div>
            <button type="button" className="button button-small" onClick={() => setCreated(null)}>
              I have stored it
            </button>
          </div>
        </div>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <QueryView
        result={list}
        loading="Loading webhooks…"
        isEmpty={(data) => data.webhooks.length === 0}
        empty={<Empty title="No webhooks yet." />}
      >
        {(data) =>
          data.webhooks.map((webhook) => (
            <section key={webhook.id} className="card" aria-label={`Webhook ${webhook.url}`} data-webhook-id={webhook.id}>
              <h2 className="section-title webhook-url">{webhook.url}</h2>
              <p className="muted">
                Since {formatDate(webhook.createdOn)} · {webhook.events.map((e) => WEBHOOK_EVENT_LABELS[e]).join(', ')}
              </p>
              <button type="button" className="button button-small button-quiet" onClick={() => void remove(webhook)}>
                Delete webhook
              </button>
              <DeliveryLog webhook={webhook} />
            </section>
          ))
        }
      </QueryView>
    </main>
  );
}
