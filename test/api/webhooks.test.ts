import { createHmac } from 'node:crypto';
import { GRAPH_STORE, type GraphStore } from '../../server/src/graph/graph-store';
import { addDays, today } from '../../server/src/rules/dates';
import { OutboxService } from '../../server/src/webhooks/outbox.service';
import { enginesUnderTest, freshStore, tempDir } from '../support/engines';
import { buildLedgerCompany, recordTransfer } from '../support/ledger-company';
import { startTestServer, type TestServer } from '../support/server';
import { WebhookReceiver } from '../support/webhook-receiver';

const CREATE = `mutation($input: WebhookInput!) { createWebhook(input: $input) { secret webhook { id url events createdOn } } }`;
const DELIVERIES = `query($id: ID!) { webhookDeliveries(webhookId: $id) { id event attempts lastStatus delivered } }`;
const FAST = { allowPrivate: true, pollMs: 50, backoffBaseMs: 200, dueScanMs: 300 };
const ALL_EVENTS = ['INVENTORY_CHANGED', 'SUBPROCESSOR_CHANGE', 'REQUEST_DUE_SOON', 'OPT_OUT_VIOLATION', 'UNDECLARED_TRANSFER'];

interface Delivery {
  id: string;
  event: string;
  attempts: number;
  lastStatus: number | null;
  delivered: boolean;
}

const expectedSignature = (raw: string, secret: string) => `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(enginesUnderTest())('[%s] webhooks', (engine) => {
  const receiver = new WebhookReceiver();
  const dataDir = tempDir('dm-webhooks-');
  let server: TestServer;
  let webhookId = '';
  let secret = '';

  const create = async (s: TestServer, url: string, events: string[]) =>
    s.gql<{ createWebhook: { secret: string; webhook: { id: string; url: string; events: string[]; createdOn: string } } }>(CREATE, {
      input: { url, events },
    });
  const deliveries = async (s: TestServer = server) => {
    const res = await s.gql<{ webhookDeliveries: Delivery[] }>(DELIVERIES, { id: webhookId });
    expect(res.errors).toBeUndefined();
    return res.data!.webhookDeliveries;
  };

  beforeAll(async () => {
    await receiver.start();
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
  });
  afterAll(async () => {
    await server?.close();
    await receiver.stop();
  });

  it('refuses non-http(s) URLs, and private, loopback, link-local and unspecified addresses without WEBHOOK_ALLOW_PRIVATE', async () => {
    const strict = await startTestServer({ engine, dataDir: tempDir('dm-webhooks-strict-') });
    try {
      for (const url of [
        'ftp://hooks.example.com/in',
        'file:///etc/passwd',
        'not a url',
        receiver.url,
        'http://localhost:8080/in',
        'http://[::1]/in',
        'http://10.1.2.3/in',
        'http://192.168.0.10/in',
        'http://169.254.169.254/latest/meta-data',
        'http://0.0.0.0/in',
      ]) {
        const res = await create(strict, url, ['INVENTORY_CHANGED']);
        expect([url, res.errors?.[0]?.extensions]).toEqual([url, expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'url' })]);
      }
      const noEvents = await create(strict, 'https://hooks.example.com/in', []);
      expect(noEvents.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'events' });
      expect((await strict.gql<{ webhooks: unknown[] }>('{ webhooks { id } }')).data?.webhooks).toEqual([]);
    } finally {
      await strict.close();
    }
  });

  it('returns the secret once, keeps it only sealed, and signs each delivery with it', async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    server = await startTestServer({ engine, dataDir, webhooks: FAST });
    await buildLedgerCompany(server);
    const res = await create(server, receiver.url, ALL_EVENTS);
    expect(res.errors).toBeUndefined();
    ({ secret } = res.data!.createWebhook);
    webhookId = res.data!.createWebhook.webhook.id;
    expect(res.data!.createWebhook.webhook).toEqual({ id: webhookId, url: receiver.url, events: ALL_EVENTS, createdOn: today() });
    expect(secret.length).toBeGreaterThanOrEqual(32);
    const stored = await server.app
      .get<GraphStore>(GRAPH_STORE)
      .read((tx) => tx.run<{ secret: string }>('MATCH (w:Webhook) RETURN w.secret AS secret'));
    expect(stored).toHaveLength(1);
    expect(stored[0].secret).not.toContain(secret);

    const change = await server.gql(
      'mutation { upsertCategory(input: {id: "phone", name: "Telephone number", parentId: "contact"}) { id } }',
    );
    expect(change.errors).toBeUndefined();
    await receiver.until(() => receiver.ofEvent('INVENTORY_CHANGED').length === 1, 'the inventory event');
    const [hook] = receiver.ofEvent('INVENTORY_CHANGED');
    expect(hook.headers['x-disclosure-map-signature']).toBe(expectedSignature(hook.raw, secret));
    expect(hook.headers['content-type']).toBe('application/json');
    expect(Object.keys(hook.body)).toEqual(['id', 'event', 'occurredAt', 'data']);
    expect(hook.body.data).toMatchObject({
      kind: 'DataCategory',
      id: 'phone',
      operation: 'upsertCategory',
      before: expect.objectContaining({ name: 'Phone number', parentId: 'contact' }) as unknown,
      after: expect.objectContaining({ name: 'Telephone number', parentId: 'contact' }) as unknown,
    });
  });

  it('retries after a 500 with backoff and logs the attempts', async () => {
    receiver.answer(500);
    const before = receiver.hits;
    expect(
      (await server.gql('mutation { upsertPurpose(input: {id: "support", name: "Customer support"}) { id } }')).errors,
    ).toBeUndefined();
    await receiver.until(() => receiver.ofEvent('INVENTORY_CHANGED').some((h) => h.body.data.id === 'support'), 'the retried event');
    expect(receiver.hits - before).toBe(2);
    // The log is written just after the receiver answers.
    let latest: Delivery | undefined;
    for (let i = 0; i < 200 && !latest?.delivered; i += 1) {
      [latest] = await deliveries();
      if (!latest?.delivered) await sleep(25);
    }
    expect(latest).toMatchObject({ event: 'INVENTORY_CHANGED', attempts: 2, lastStatus: 200, delivered: true });
  });

  it('writes no event for a refused write, nor for a unit of work that rolls back after emitting', async () => {
    const count = (await deliveries()).length;
    const refused = await server.gql(
      'mutation { upsertCategory(input: {id: "orphan", name: "Orphan", parentId: "no-such-parent"}) { id } }',
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const graph = server.app.get<GraphStore>(GRAPH_STORE);
    const outbox = server.app.get(OutboxService);
    await expect(
      graph.write(async (tx) => {
        expect(await outbox.emit(tx, 'INVENTORY_CHANGED', { kind: 'DataCategory', id: 'ghost' })).toBe(1);
        throw new Error('the change fails after its event was written');
      }),
    ).rejects.toThrow('the change fails');
    await sleep(400);
    expect((await deliveries()).length).toBe(count);
    expect(receiver.received.some((h) => ['orphan', 'ghost'].includes(String(h.body.data.id)))).toBe(false);
  });

  it('reports a transfer an opt-out should have stopped, and one the declared flows do not cover', async () => {
    const optOut = await server.gql(
      'mutation { recordOptOut(input: {person: {email: "ann@example.com"}, scope: THIRD_PARTY_SHARING, effectiveOn: "2025-02-01"}) { id } }',
    );
    expect(optOut.errors).toBeUndefined();
    // Covered by d-broker, but Ann opted out of third-party sharing on 2025-02-01 (Bob did not).
    const covered = { recipientId: 'broker', use: 'OWN_DIRECT_MARKETING', categoryIds: ['email'], purposeIds: ['marketing'] };
    expect(
      (
        await recordTransfer(server, {
          id: 't-violation',
          occurredOn: '2025-03-01',
          ...covered,
          emails: ['ann@example.com', 'bob@example.com'],
        })
      ).errors,
    ).toBeUndefined();
    // The day before the opt-out: no violation.
    expect((await recordTransfer(server, { id: 't-before-opt-out', occurredOn: '2025-01-31', ...covered })).errors).toBeUndefined();
    // The cloud gets payment data only: email is undeclared.
    const undeclared = {
      recipientId: 'cloud',
      use: 'ON_OUR_BEHALF',
      categoryIds: ['email'],
      purposeIds: ['analytics'],
      emails: ['bob@example.com'],
    };
    expect((await recordTransfer(server, { id: 't-undeclared', occurredOn: '2025-05-01', ...undeclared })).errors).toBeUndefined();
    await receiver.until(
      () => receiver.ofEvent('OPT_OUT_VIOLATION').length === 1 && receiver.ofEvent('UNDECLARED_TRANSFER').length === 1,
      'the ledger events',
    );
    await sleep(300);
    const [violation] = receiver.ofEvent('OPT_OUT_VIOLATION');
    const ann = await server.gql<{ person: { id: string } }>('{ person(person: {email: "ann@example.com"}) { id } }');
    expect(violation.body.data).toMatchObject({
      transfer: { transferId: 't-violation', occurredOn: '2025-03-01', recipientId: 'broker' },
      violations: [expect.objectContaining({ personId: ann.data?.person.id, scope: 'THIRD_PARTY_SHARING', effectiveOn: '2025-02-01' })],
    });
    expect(receiver.ofEvent('UNDECLARED_TRANSFER').map((h) => h.body.data)).toEqual([
      {
        transfer: {
          transferId: 't-undeclared',
          occurredOn: '2025-05-01',
          recipientId: 'cloud',
          use: 'ON_OUR_BEHALF',
          categoryIds: ['email'],
          purposeIds: ['analytics'],
        },
        reasons: ['CATEGORY_NOT_DECLARED'],
        uncoveredCategoryIds: ['email'],
      },
    ]);
    expect(receiver.ofEvent('OPT_OUT_VIOLATION')).toHaveLength(1);
  });

  it('reports an undeclared transfer recorded through recordTransferBatch too, once (a replay creates nothing)', async () => {
    const batch = `mutation { recordTransferBatch(input: {id: "t-batch", recipientId: "cloud", use: ON_OUR_BEHALF, occurredOn: "2025-05-02",
      categoryIds: ["phone"], purposeIds: ["analytics"], people: [{email: "bob@example.com"}]}) { created } }`;
    expect((await server.gql(batch)).errors).toBeUndefined();
    expect((await server.gql<{ recordTransferBatch: { created: boolean } }>(batch)).data?.recordTransferBatch.created).toBe(false);
    const batchEvents = () =>
      receiver.ofEvent('UNDECLARED_TRANSFER').filter((h) => (h.body.data.transfer as { transferId: string }).transferId === 't-batch');
    await receiver.until(() => batchEvents().length === 1, 'the batch event');
    await sleep(300);
    expect(batchEvents().map((h) => h.body.data.reasons)).toEqual([['CATEGORY_NOT_DECLARED']]);
  });

  it('sends REQUEST_DUE_SOON once per open request due within 7 days', async () => {
    const record = (email: string, receivedOn: string) =>
      server.gql(`mutation($i: RequestInput!) { recordRequest(input: $i) { id dueOn } }`, {
        i: { person: { email }, kind: 'CCPA_KNOW', receivedOn, channel: 'email' },
      });
    // Due in 5 days (45 days after receipt): due soon. Bob's is due in 30 days: not yet.
    expect((await record('ann@example.com', addDays(today(), -40))).errors).toBeUndefined();
    expect((await record('bob@example.com', addDays(today(), -15))).errors).toBeUndefined();
    await receiver.until(() => receiver.ofEvent('REQUEST_DUE_SOON').length === 1, 'the due-soon event');
    await sleep(1000); // several more scans
    const due = receiver.ofEvent('REQUEST_DUE_SOON');
    expect(due).toHaveLength(1);
    expect(due[0].body.data).toMatchObject({ kind: 'CCPA_KNOW', dueOn: addDays(today(), 5) });
  });

  it('delivers after a restart an event written just before the server stopped', async () => {
    await server.close();
    // A server whose worker would not look again for ten minutes: the event is written, then the server stops.
    server = await startTestServer({ engine, dataDir, webhooks: { ...FAST, pollMs: 600_000, dueScanMs: 600_000 } });
    await sleep(500); // its start-up pass is over; the next is minutes away
    expect(
      (await server.gql('mutation { upsertSegment(input: {id: "visitors", name: "Website visitors"}) { id } }')).errors,
    ).toBeUndefined();
    await sleep(300);
    await server.close();
    const isVisitors = () => receiver.ofEvent('INVENTORY_CHANGED').some((h) => h.body.data.id === 'visitors');
    expect(isVisitors()).toBe(false);
    server = await startTestServer({ engine, dataDir, webhooks: FAST });
    await receiver.until(isVisitors, 'the event written before the restart');
    const [hook] = receiver.ofEvent('INVENTORY_CHANGED').filter((h) => h.body.data.id === 'visitors');
    expect(hook.headers['x-disclosure-map-signature']).toBe(expectedSignature(hook.raw, secret));
  });

  it('gives back an attempt cut short by a shutdown, and the next start sends it', async () => {
    receiver.hang();
    const hits = receiver.hits;
    expect((await server.gql('mutation { upsertSegment(input: {id: "cut-short", name: "Cut short"}) { id } }')).errors).toBeUndefined();
    await receiver.until(() => receiver.hits > hits, 'the attempt that hangs');
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(5000); // the POST is aborted, not waited for
    server = await startTestServer({ engine, dataDir, webhooks: FAST });
    await receiver.until(() => receiver.ofEvent('INVENTORY_CHANGED').some((h) => h.body.data.id === 'cut-short'), 'the resent event', 5000);
  });

  it('stops delivering to a deleted webhook and keeps its log', async () => {
    const deleted = await server.gql<{ deleteWebhook: { id: string } }>('mutation($id: ID!) { deleteWebhook(id: $id) { id } }', {
      id: webhookId,
    });
    expect(deleted.data?.deleteWebhook.id).toBe(webhookId);
    const before = receiver.hits;
    expect((await server.gql('mutation { upsertSegment(input: {id: "leads", name: "Leads"}) { id } }')).errors).toBeUndefined();
    await sleep(400);
    expect(receiver.hits).toBe(before);
    expect((await deliveries()).length).toBeGreaterThan(0);
    expect((await server.gql<{ webhooks: unknown[] }>('{ webhooks { id } }')).data?.webhooks).toEqual([]);
    const again = await server.gql('mutation($id: ID!) { deleteWebhook(id: $id) { id } }', { id: webhookId });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
