// Why so long: one company built by hand and the worked §7 answer of every basis, kind, refusal and frozen report, read top to bottom.
import { enginesUnderTest, freshStore } from '../support/engines';
import { pdfText } from '../support/pdf-text';
import { startTestServer, type GraphqlResponse, type TestServer } from '../support/server';

/**
 * PRODUCT.md §7 worked by hand. A small company, built through the API:
 *
 * recipient        class       how it received Alice's data (segment "customers" from 2023-01-01)
 * AdNet            PROCESSOR   transfer 2025-01-15, ON_OUR_BEHALF, purpose "ads" (targetedAdvertising)
 * Broker Inc       THIRD_PARTY disclosure from 2024-01-01, OWN_DIRECT_MARKETING
 * Mailer Co        PROCESSOR   disclosure from 2024-01-01, ON_OUR_BEHALF
 * Partner Offers   CUSTOMER    disclosure from 2024-01-01, OWN_OTHER_USE — Alice's CUSTOMER_OFFERS opt-out (2023-06-01)
 *                              suppresses all of it: Partner Offers is in no plan and not excluded either
 * State Regulator  AUTHORITY   transfer 2024-11-01, LEGAL_OBLIGATION
 * Zeta Acquirer    ACQUIRER    transfer 2025-02-01, CORPORATE_TRANSACTION
 * Late Analytics   THIRD_PARTY transfer 2025-06-01, OWN_OTHER_USE — after the requests' receipt (2025-03-10): absent
 *
 * Bases: AdNet SERVICE_PROVIDER + SOLD_OR_SHARED (targeted advertising) + GDPR_RECIPIENT; Broker SOLD_OR_SHARED +
 * GDPR_RECIPIENT; Mailer SERVICE_PROVIDER + GDPR_RECIPIENT; Regulator none; Zeta GDPR_RECIPIENT only.
 */
const RECEIVED = '2025-03-10';
const ALICE = { email: 'alice@example.com' };
const BOB = { email: 'bob@example.com' };

const PLAN = `query ($id: ID!) { propagationPlan(requestId: $id) {
  request { id kind dueOn } complete excluded { id name }
  rows { recipient { id name } bases evidence categories { id } lastOn dueOn status sentOn confirmedOn explanation } } }`;
const UPDATE = `mutation ($input: PropagationUpdate!) { updatePropagation(input: $input) {
  recipient { id } bases status sentOn confirmedOn explanation dueOn } }`;
const RECORD = `mutation ($input: RequestInput!) { recordRequest(input: $input) { id kind dueOn designatedChannel } }`;
const RESPOND = `mutation ($id: ID!, $on: Date!) { respondToRequest(id: $id, respondedOn: $on) { id respondedOn } }`;
const STL_REQUEST = `{ requests { id kind respondedOn inaccurate
  frozenReport { year categories { code } thirdParties { name categories { code } } } } }`;

interface Row {
  recipient: { id: string; name: string };
  bases: string[];
  evidence: string[];
  categories: { id: string }[];
  lastOn: string;
  dueOn: string;
  status: string;
  sentOn: string | null;
  confirmedOn: string | null;
  explanation: string | null;
}
interface Plan {
  propagationPlan: { request: { id: string; kind: string; dueOn: string }; complete: boolean; excluded: { id: string }[]; rows: Row[] };
}

const errorOf = (res: GraphqlResponse) => ({ code: res.errors?.[0]?.extensions?.code, field: res.errors?.[0]?.extensions?.field });

async function ok<T>(promise: Promise<GraphqlResponse<T>>): Promise<T> {
  const res = await promise;
  expect(res.errors).toBeUndefined();
  return res.data as T;
}

async function buildCompany(server: TestServer): Promise<void> {
  const m = (query: string, input: Record<string, unknown>) => ok(server.gql(query, { input }));
  const category = 'mutation ($input: CategoryInput!) { upsertCategory(input: $input) { id } }';
  await m(category, { id: 'email', name: 'Email address', shineTheLight: ['EMAIL_ADDRESS'] });
  await m(category, { id: 'purchases', name: 'Purchases', shineTheLight: ['PRODUCTS_PURCHASED'] });
  const purpose = 'mutation ($input: PurposeInput!) { upsertPurpose(input: $input) { id } }';
  await m(purpose, { id: 'service', name: 'Running the service' });
  await m(purpose, { id: 'ads', name: 'Targeted ads', targetedAdvertising: true });
  await m(purpose, { id: 'marketing', name: 'Marketing', directMarketing: true });
  await m('mutation ($input: SegmentInput!) { upsertSegment(input: $input) { id } }', { id: 'customers', name: 'Customers' });
  const recipient = 'mutation ($input: RecipientInput!) { registerRecipient(input: $input) { id } }';
  for (const [id, name, cls] of [
    ['adnet', 'AdNet', 'PROCESSOR'],
    ['broker', 'Broker Inc', 'THIRD_PARTY'],
    ['mailer', 'Mailer Co', 'PROCESSOR'],
    ['partner', 'Partner Offers', 'CUSTOMER'],
    ['regulator', 'State Regulator', 'AUTHORITY'],
    ['zeta', 'Zeta Acquirer', 'ACQUIRER'],
    ['late', 'Late Analytics', 'THIRD_PARTY'],
  ])
    await m(recipient, { id, name, class: cls, address: `1 ${name} Street` });
  const disclosure = 'mutation ($input: DisclosureInput!) { addDisclosure(input: $input) { id } }';
  const about = { segmentIds: ['customers'], validFrom: '2024-01-01' };
  await m(disclosure, { ...about, recipientId: 'broker', categoryIds: ['email'], purposeIds: ['marketing'], use: 'OWN_DIRECT_MARKETING' });
  await m(disclosure, {
    ...about,
    recipientId: 'mailer',
    categoryIds: ['email', 'purchases'],
    purposeIds: ['service'],
    use: 'ON_OUR_BEHALF',
  });
  await m(disclosure, { ...about, recipientId: 'partner', categoryIds: ['email'], purposeIds: ['marketing'], use: 'OWN_OTHER_USE' });
  const person = 'mutation ($input: PersonInput!) { upsertPerson(input: $input) { id } }';
  const member = {
    californiaResident: true,
    relationshipSince: '2020-01-01',
    memberships: [{ segmentId: 'customers', since: '2023-01-01' }],
  };
  await m(person, { ...ALICE, ...member, lastPurchaseOn: '2024-06-01' });
  await m(person, { ...BOB, ...member, lastPurchaseOn: '2024-10-01' });
  await m(person, { email: 'carol@example.com', ...member });
  await m('mutation ($input: OptOutInput!) { recordOptOut(input: $input) { id } }', {
    person: ALICE,
    scope: 'CUSTOMER_OFFERS',
    effectiveOn: '2023-06-01',
  });
  await transfer(server, 'adnet', 'ON_OUR_BEHALF', '2025-01-15', ['ads'], [ALICE]);
  await transfer(server, 'regulator', 'LEGAL_OBLIGATION', '2024-11-01', [], [ALICE]);
  await transfer(server, 'zeta', 'CORPORATE_TRANSACTION', '2025-02-01', [], [ALICE]);
  await transfer(server, 'late', 'OWN_OTHER_USE', '2025-06-01', [], [ALICE]);
}

function transfer(
  server: TestServer,
  recipientId: string,
  use: string,
  occurredOn: string,
  purposeIds: string[],
  people: object[],
  categoryIds = ['email'],
) {
  return ok(
    server.gql('mutation ($input: TransferInput!) { recordTransfer(input: $input) { id } }', {
      input: { recipientId, use, occurredOn, purposeIds, categoryIds, people },
    }),
  );
}

async function record(server: TestServer, kind: string, person = ALICE, receivedOn = RECEIVED, designatedChannel?: boolean) {
  const input = {
    person,
    kind,
    receivedOn,
    channel: 'email: privacy@example.com',
    ...(designatedChannel === undefined ? {} : { designatedChannel }),
  };
  return (await ok(server.gql<{ recordRequest: { id: string; dueOn: string; designatedChannel: boolean } }>(RECORD, { input })))
    .recordRequest;
}

const plan = async (server: TestServer, id: string) => (await ok(server.gql<Plan>(PLAN, { id }))).propagationPlan;
const summary = (rows: Row[]) => rows.map((r) => [r.recipient.id, r.bases, r.status]);

describe.each(enginesUnderTest())('[%s] obligations: requests passed on to every recipient (PRODUCT.md §7)', (engine) => {
  let server: TestServer;
  const ids: Record<string, string> = {};
  const get = (path: string) => fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${server.adminToken}` } });

  beforeAll(async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    server = await startTestServer({ engine });
    await buildCompany(server);
    for (const kind of ['CCPA_DELETE', 'CCPA_CORRECT', 'GDPR_ERASURE', 'GDPR_RECTIFICATION']) ids[kind] = (await record(server, kind)).id;
  }, 120_000);
  afterAll(() => server.close());

  it('gives each kind its due date: 45 days (CCPA), one month (GDPR), 30 or 150 days (Shine the Light)', async () => {
    const { requests } = await ok(server.gql<{ requests: { id: string; dueOn: string }[] }>('{ requests { id dueOn } }'));
    const due = Object.fromEntries(requests.map((r) => [r.id, r.dueOn]));
    expect(due[ids.CCPA_DELETE]).toBe('2025-04-24');
    expect(due[ids.CCPA_CORRECT]).toBe('2025-04-24');
    expect(due[ids.GDPR_ERASURE]).toBe('2025-04-10');
    expect(due[ids.GDPR_RECTIFICATION]).toBe('2025-04-10');
    const one = await server.gql<{ request: { kind: string; dueOn: string } }>('query ($id: ID!) { request(id: $id) { kind dueOn } }', {
      id: ids.GDPR_ERASURE,
    });
    expect(one.data?.request).toEqual({ kind: 'GDPR_ERASURE', dueOn: '2025-04-10' });
    expect(errorOf(await server.gql('{ request(id: "request-none") { id } }')).code).toBe('NOT_FOUND');
    const designated = await record(server, 'SHINE_THE_LIGHT', BOB, '2025-02-01');
    expect(designated).toMatchObject({ dueOn: '2025-03-03', designatedChannel: true });
    ids.STL = designated.id;
    const elsewhere = await record(server, 'SHINE_THE_LIGHT', { email: 'carol@example.com' }, '2025-02-01', false);
    expect(elsewhere).toMatchObject({ dueOn: '2025-07-01', designatedChannel: false });
  });

  it('CCPA_DELETE: service providers and recipients it sold or shared to; the authority and the acquirer excluded', async () => {
    const p = await plan(server, ids.CCPA_DELETE);
    expect(summary(p.rows)).toEqual([
      ['adnet', ['SERVICE_PROVIDER', 'SOLD_OR_SHARED'], 'PENDING'],
      ['broker', ['SOLD_OR_SHARED'], 'PENDING'],
      ['mailer', ['SERVICE_PROVIDER'], 'PENDING'],
    ]);
    expect(p.excluded.map((r) => r.id)).toEqual(['regulator', 'zeta']);
    expect(p.complete).toBe(false);
    expect(p.rows[0]).toMatchObject({ evidence: ['CONFIRMED'], categories: [{ id: 'email' }], lastOn: '2025-01-15', dueOn: '2025-04-24' });
    expect(p.rows[2]).toMatchObject({ evidence: ['INFERRED'], lastOn: RECEIVED, sentOn: null, confirmedOn: null, explanation: null });
    expect(p.rows[2].categories.map((c) => c.id).sort()).toEqual(['email', 'purchases']);
  });

  it('CCPA_CORRECT: service providers only', async () => {
    const p = await plan(server, ids.CCPA_CORRECT);
    expect(summary(p.rows)).toEqual([
      ['adnet', ['SERVICE_PROVIDER'], 'PENDING'],
      ['mailer', ['SERVICE_PROVIDER'], 'PENDING'],
    ]);
    expect(p.excluded.map((r) => r.id)).toEqual(['broker', 'regulator', 'zeta']);
  });

  it.each(['GDPR_ERASURE', 'GDPR_RECTIFICATION'])('%s: every recipient but the authority', async (kind) => {
    const p = await plan(server, ids[kind]);
    expect(summary(p.rows)).toEqual([
      ['adnet', ['GDPR_RECIPIENT'], 'PENDING'],
      ['broker', ['GDPR_RECIPIENT'], 'PENDING'],
      ['mailer', ['GDPR_RECIPIENT'], 'PENDING'],
      ['zeta', ['GDPR_RECIPIENT'], 'PENDING'],
    ]);
    expect(p.excluded.map((r) => r.id)).toEqual(['regulator']);
    expect(p.rows.every((r) => r.dueOn === '2025-04-10')).toBe(true);
  });

  it('a row follows its request’s due date when the request is extended', async () => {
    await ok(server.gql('mutation ($id: ID!) { extendRequest(id: $id) { dueOn } }', { id: ids.CCPA_CORRECT }));
    const p = await plan(server, ids.CCPA_CORRECT);
    expect(p.request.dueOn).toBe('2025-06-08');
    expect(p.rows.map((r) => r.dueOn)).toEqual(['2025-06-08', '2025-06-08']);
  });

  it.each<[string, () => Record<string, unknown>, string, string | undefined]>([
    ['PENDING cannot be set', () => ({ recipientId: 'broker', status: 'PENDING', on: '2025-03-11' }), 'BAD_USER_INPUT', 'status'],
    [
      'no EXCEPTION for a service provider under the CCPA',
      () => ({ recipientId: 'mailer', status: 'EXCEPTION', on: '2025-03-11', explanation: 'The processor cannot be reached at all' }),
      'BAD_USER_INPUT',
      'status',
    ],
    [
      'no EXCEPTION for a service provider that also bought the data',
      () => ({ recipientId: 'adnet', status: 'EXCEPTION', on: '2025-03-11', explanation: 'The processor cannot be reached at all' }),
      'BAD_USER_INPUT',
      'status',
    ],
    [
      'EXCEPTION without explanation',
      () => ({ recipientId: 'broker', status: 'EXCEPTION', on: '2025-03-11' }),
      'BAD_USER_INPUT',
      'explanation',
    ],
    [
      'EXCEPTION with 19 characters after trimming',
      () => ({ recipientId: 'broker', status: 'EXCEPTION', on: '2025-03-11', explanation: '    Too much effort now    ' }),
      'BAD_USER_INPUT',
      'explanation',
    ],
    ['a date before receipt', () => ({ recipientId: 'broker', status: 'SENT', on: '2025-03-09' }), 'BAD_USER_INPUT', 'on'],
    ['an excluded recipient', () => ({ recipientId: 'regulator', status: 'SENT', on: '2025-03-11' }), 'BAD_USER_INPUT', 'recipientId'],
    ['a recipient opted out of', () => ({ recipientId: 'partner', status: 'SENT', on: '2025-03-11' }), 'BAD_USER_INPUT', 'recipientId'],
    [
      'an unknown request',
      () => ({ requestId: 'request-unknown', recipientId: 'broker', status: 'SENT', on: '2025-03-11' }),
      'NOT_FOUND',
      undefined,
    ],
  ])('refuses %s, changing nothing', async (_name, input, code, field) => {
    const res = await server.gql(UPDATE, { input: { requestId: ids.CCPA_DELETE, ...input() } });
    expect(res.data).toBeNull();
    expect(errorOf(res).code).toBe(code);
    if (field) expect(errorOf(res).field).toBe(field);
    expect((await plan(server, ids.CCPA_DELETE)).rows.map((r) => r.status)).toEqual(['PENDING', 'PENDING', 'PENDING']);
  });

  it('refuses to respond while a row is PENDING, naming the recipients', async () => {
    const res = await server.gql(RESPOND, { id: ids.CCPA_DELETE, on: '2025-03-20' });
    expect(errorOf(res).code).toBe('CONFLICT');
    for (const name of ['AdNet', 'Broker Inc', 'Mailer Co']) expect(res.errors?.[0].message).toContain(name);
  });

  it('records notices sent, confirmed and excused; a status can be set again; every change is audited and kept', async () => {
    const update = async (input: Record<string, unknown>) =>
      (await ok(server.gql<{ updatePropagation: Row }>(UPDATE, { input: { requestId: ids.CCPA_DELETE, ...input } }))).updatePropagation;
    expect(await update({ recipientId: 'mailer', status: 'SENT', on: '2025-03-11' })).toMatchObject({
      status: 'SENT',
      sentOn: '2025-03-11',
    });
    expect(await update({ recipientId: 'mailer', status: 'CONFIRMED', on: '2025-03-20' })).toMatchObject({
      status: 'CONFIRMED',
      sentOn: '2025-03-11',
      confirmedOn: '2025-03-20',
      dueOn: '2025-04-24',
    });
    await update({ recipientId: 'adnet', status: 'SENT', on: RECEIVED });
    const explanation = 'Broker Inc ceased trading; no contact address exists';
    expect(await update({ recipientId: 'broker', status: 'EXCEPTION', on: '2025-03-12', explanation: `  ${explanation}  ` })).toMatchObject(
      {
        status: 'EXCEPTION',
        explanation,
      },
    );
    expect(await update({ recipientId: 'broker', status: 'SENT', on: '2025-03-13' })).toMatchObject({ status: 'SENT', explanation: null });
    await update({ recipientId: 'broker', status: 'EXCEPTION', on: '2025-03-14', explanation });
    const p = await plan(server, ids.CCPA_DELETE);
    expect(summary(p.rows)).toEqual([
      ['adnet', ['SERVICE_PROVIDER', 'SOLD_OR_SHARED'], 'SENT'],
      ['broker', ['SOLD_OR_SHARED'], 'EXCEPTION'],
      ['mailer', ['SERVICE_PROVIDER'], 'CONFIRMED'],
    ]);
    expect(p.complete).toBe(true);
    const history = await ok(
      server.gql<{ inventoryHistory: { operation: string; after: string }[] }>(
        'query ($id: ID!) { inventoryHistory(id: $id) { operation after } }',
        {
          id: `${ids.CCPA_DELETE}~broker`,
        },
      ),
    );
    expect(history.inventoryHistory.map((h) => (JSON.parse(h.after) as { status?: unknown }).status)).toEqual([
      'EXCEPTION',
      'SENT',
      'EXCEPTION',
    ]);
    const audit = await ok(
      server.gql<{ auditLog: { operation: string; targetIds: string[]; outcome: string }[] }>(
        '{ auditLog(limit: 500) { operation targetIds outcome } }',
      ),
    );
    const entries = audit.auditLog.filter((e) => e.operation === 'updatePropagation' && e.targetIds.includes(ids.CCPA_DELETE));
    expect(entries.filter((e) => e.outcome === 'OK')).toHaveLength(6);
    expect(entries.filter((e) => e.outcome === 'REJECTED').length).toBeGreaterThanOrEqual(7);
  });

  it('a transfer dated before receipt but recorded later adds a PENDING row; after receipt it adds none', async () => {
    await transfer(server, 'late', 'OWN_OTHER_USE', '2025-03-05', [], [ALICE]);
    const p = await plan(server, ids.CCPA_DELETE);
    expect(summary(p.rows)).toEqual([
      ['adnet', ['SERVICE_PROVIDER', 'SOLD_OR_SHARED'], 'SENT'],
      ['broker', ['SOLD_OR_SHARED'], 'EXCEPTION'],
      ['late', ['SOLD_OR_SHARED'], 'PENDING'],
      ['mailer', ['SERVICE_PROVIDER'], 'CONFIRMED'],
    ]);
    expect(p.rows[2].lastOn).toBe('2025-03-05');
    expect(p.complete).toBe(false);
    const refused = await server.gql(RESPOND, { id: ids.CCPA_DELETE, on: '2025-03-25' });
    expect(errorOf(refused).code).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toContain('Late Analytics');
    expect(refused.errors?.[0].message).not.toContain('Mailer Co');
    await ok(server.gql(UPDATE, { input: { requestId: ids.CCPA_DELETE, recipientId: 'late', status: 'SENT', on: '2025-03-21' } }));
    expect(
      (await ok(server.gql<{ respondToRequest: { respondedOn: string } }>(RESPOND, { id: ids.CCPA_DELETE, on: '2025-03-25' })))
        .respondToRequest.respondedOn,
    ).toBe('2025-03-25');
  });

  it('lists reappearances: transfers including the person after the deletion was answered, filtered by date', async () => {
    await transfer(server, 'broker', 'OWN_DIRECT_MARKETING', '2025-03-25', ['marketing'], [ALICE]);
    await transfer(server, 'broker', 'OWN_DIRECT_MARKETING', '2025-04-02', ['marketing'], [ALICE]);
    const query =
      'query ($from: Date, $to: Date) { reappearances(from: $from, to: $to) { person { id } request { id kind } transfer { occurredOn recipient { id } } } }';
    type R = { reappearances: { request: { id: string }; transfer: { occurredOn: string; recipient: { id: string } } }[] };
    const rows = async (vars: Record<string, string>) =>
      (await ok(server.gql<R>(query, vars))).reappearances.map((r) => [r.request.id, r.transfer.occurredOn, r.transfer.recipient.id]);
    expect(await rows({})).toEqual([
      [ids.CCPA_DELETE, '2025-04-02', 'broker'],
      [ids.CCPA_DELETE, '2025-06-01', 'late'],
    ]);
    expect(await rows({ from: '2025-05-01' })).toEqual([[ids.CCPA_DELETE, '2025-06-01', 'late']]);
    expect(await rows({ to: '2025-04-02' })).toEqual([[ids.CCPA_DELETE, '2025-04-02', 'broker']]);
    expect(await rows({ from: '2025-04-02', to: '2025-04-02' })).toEqual([[ids.CCPA_DELETE, '2025-04-02', 'broker']]);
  });

  it('a Shine-the-Light request has no plan; its answer is frozen, served byte for byte, and flagged when it goes stale', async () => {
    expect(errorOf(await server.gql(PLAN, { id: ids.STL }))).toEqual({ code: 'BAD_USER_INPUT', field: 'requestId' });
    expect((await get(`/requests/${ids.STL}/response.pdf`)).status).toBe(404);
    await ok(server.gql(RESPOND, { id: ids.STL, on: '2025-02-10' }));
    type Q = {
      requests: {
        id: string;
        inaccurate: boolean;
        frozenReport: { year: number; categories: { code: string }[]; thirdParties: { name: string }[] } | null;
      }[];
    };
    const stl = async () => (await ok(server.gql<Q>(STL_REQUEST))).requests.find((r) => r.id === ids.STL);
    const before = await stl();
    expect(before?.frozenReport).toEqual({
      year: 2024,
      categories: [{ code: 'EMAIL_ADDRESS' }],
      thirdParties: [{ name: 'Broker Inc', categories: [{ code: 'EMAIL_ADDRESS' }] }],
    });
    expect(before?.inaccurate).toBe(false);
    const pdf = Buffer.from(await (await get(`/requests/${ids.STL}/response.pdf`)).arrayBuffer());
    const html = await (await get(`/requests/${ids.STL}/response.html`)).text();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(html).toContain('Broker Inc');
    expect(Buffer.from(await (await get(`/requests/${ids.STL}/response.pdf`)).arrayBuffer()).equals(pdf)).toBe(true);
    // A category re-mapped after the answer makes it inaccurate; mapped back, accurate again.
    const category = 'mutation ($input: CategoryInput!) { upsertCategory(input: $input) { id } }';
    await ok(server.gql(category, { input: { id: 'email', name: 'Email address', shineTheLight: ['EMAIL_ADDRESS', 'NAME_AND_ADDRESS'] } }));
    expect((await stl())?.inaccurate).toBe(true);
    await ok(server.gql(category, { input: { id: 'email', name: 'Email address', shineTheLight: ['EMAIL_ADDRESS'] } }));
    expect((await stl())?.inaccurate).toBe(false);
    // A 2024 transfer for Late Analytics' own marketing, recorded after the answer was sent.
    await transfer(server, 'late', 'OWN_DIRECT_MARKETING', '2024-08-01', ['marketing'], [BOB], ['purchases']);
    const after = await stl();
    expect(after?.frozenReport).toEqual(before?.frozenReport);
    expect(after?.inaccurate).toBe(true);
    expect(Buffer.from(await (await get(`/requests/${ids.STL}/response.pdf`)).arrayBuffer()).equals(pdf)).toBe(true);
    expect(await (await get(`/requests/${ids.STL}/response.html`)).text()).toBe(html);
    expect(html).not.toContain('Late Analytics');
  });

  it('ccpaRightToKnow reaches back to 2022-01-01 and no further', async () => {
    const query = 'query ($from: Date) { ccpaRightToKnow(asOf: "2025-03-10", from: $from) { periodStart periodEnd } }';
    expect((await ok(server.gql<{ ccpaRightToKnow: { periodStart: string } }>(query, {}))).ccpaRightToKnow.periodStart).toBe('2024-03-11');
    expect(
      (await ok(server.gql<{ ccpaRightToKnow: { periodStart: string } }>(query, { from: '2022-01-01' }))).ccpaRightToKnow.periodStart,
    ).toBe('2022-01-01');
    expect(errorOf(await server.gql(query, { from: '2021-12-31' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'from' });
  });

  it('prints the record of a request and its notices (HTML and PDF)', async () => {
    const html = await (await get(`/requests/${ids.CCPA_DELETE}/record.html`)).text();
    for (const text of [
      'CCPA deletion (§1798.105)',
      'service provider, sold or shared',
      'Broker Inc ceased trading',
      '4 of 4 recipients told or excused; complete',
      'State Regulator (regulator)',
    ])
      expect(html).toContain(text);
    const pdf = Buffer.from(await (await get(`/requests/${ids.CCPA_DELETE}/record.pdf`)).arrayBuffer());
    const flat = (await pdfText(pdf)).text.replace(/\s+/g, ' ');
    expect(flat).toContain('Mailer Co (mailer)');
    expect(flat).toContain('Recipient confirmed');
    expect((await fetch(`${server.url}/requests/${ids.CCPA_DELETE}/record.pdf`)).status).toBe(401);
  });

  it('keeps statuses, answers and frozen letters across a restart', async () => {
    const planBefore = await plan(server, ids.CCPA_DELETE);
    const pdfBefore = Buffer.from(await (await get(`/requests/${ids.STL}/response.pdf`)).arrayBuffer());
    const dataDir = server.dataDir;
    await server.close();
    server = await startTestServer({ engine, dataDir });
    expect(await plan(server, ids.CCPA_DELETE)).toEqual(planBefore);
    expect(Buffer.from(await (await get(`/requests/${ids.STL}/response.pdf`)).arrayBuffer()).equals(pdfBefore)).toBe(true);
    const stl = (await ok(server.gql<{ requests: { id: string; inaccurate: boolean }[] }>(STL_REQUEST))).requests.find(
      (r) => r.id === ids.STL,
    );
    expect(stl?.inaccurate).toBe(true);
  }, 60_000);
});
