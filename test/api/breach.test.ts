// Why so long: one company built by hand and the worked answer of every §8 breach rule, to be read top to bottom.
/**
 * PRODUCT.md §8 breach impact, through the public API on every engine under test. The company is built through the
 * mutations; every expected answer is worked out by hand in the comments.
 *
 * Categories (elements): Identity (parent, none) ⊃ Full name [NAME], Email [] · Login credentials [ONLINE_CREDENTIALS]
 * · Card number [FINANCIAL_ACCOUNT_WITH_CODE] · Usage [].
 * Recipients: cloud (processor) · vault (sub-processor of cloud, set on the recipient: the whole window) · backup
 * (sub-processor of cloud by a recorded change effective 2025-03-01) · tape (sub-processor of backup, set on the
 * recipient) · mailer (processor) · broker (third party).
 * Flows: disclosure to cloud of Identity about users (2024-01-01, open); to mailer of Email about visitors;
 * transfers to cloud: Login credentials 2025-04-10 (ann, bob, hal), Card number 2025-01-15 (cat); to broker: Card
 * number and Full name 2025-05-01 (dan). Collections into app-db about users: Identity + Login credentials
 * 2024-01-01..2024-12-31, Usage from 2025-03-01.
 * People: ann (CA, users from 2024-01-01), bob (not CA, same), cat (CA, users 2024-06-01..2025-01-31), eve (CA, users
 * from 2025-02-15), gil (CA, users 2023-01-01..2024-12-31), hal (CA, no segment), finn (CA, visitors, opted out of third-party sharing from 2025-01-01), ivy (CA, visitors), dan (CA).
 */
import { enginesUnderTest, freshStore } from '../support/engines';
import { startTestServer, type GraphqlResponse, type TestServer } from '../support/server';

jest.setTimeout(180_000);

const IMPACT = `query($i: BreachInput!, $first: Int, $after: String) { breachImpact(input: $i) {
  peopleAffected californiaResidents californiaNotices attorneyGeneralSampleRequired
  californiaNoticeDueOn supervisoryAuthorityDueOn
  categories { category { id } people }
  people(first: $first, after: $after) { items { person { id display } categories { id } californiaNotice } nextCursor } } }`;

interface Impact {
  peopleAffected: number;
  californiaResidents: number;
  californiaNotices: number;
  attorneyGeneralSampleRequired: boolean;
  californiaNoticeDueOn: string;
  supervisoryAuthorityDueOn: string;
  categories: { category: { id: string }; people: number }[];
  people: {
    items: { person: { id: string; display: string }; categories: { id: string }[]; californiaNotice: boolean }[];
    nextCursor: string | null;
  };
}

const ok = <T>(res: GraphqlResponse<T>): T => {
  expect(res.errors).toBeUndefined();
  return res.data as T;
};

async function build(server: TestServer): Promise<Record<string, string>> {
  const run = async (query: string, variables: Record<string, unknown>) => ok(await server.gql(query, variables));
  const category = (i: Record<string, unknown>) => run('mutation($i: CategoryInput!) { upsertCategory(input: $i) { id } }', { i });
  await category({ id: 'identity', name: 'Identity' });
  await category({ id: 'full-name', name: 'Full name', parentId: 'identity', breachElements: ['NAME'] });
  await category({ id: 'email', name: 'Email', parentId: 'identity' });
  await category({ id: 'login', name: 'Login credentials', breachElements: ['ONLINE_CREDENTIALS'] });
  await category({ id: 'card', name: 'Card number', breachElements: ['FINANCIAL_ACCOUNT_WITH_CODE'] });
  await category({ id: 'usage', name: 'Usage' });
  await run('mutation { upsertPurpose(input: { id: "service", name: "Service" }) { id } }', {});
  await run('mutation { upsertSource(input: { id: "direct", name: "Direct", kind: DIRECT }) { id } }', {});
  for (const id of ['users', 'visitors'])
    await run('mutation($i: SegmentInput!) { upsertSegment(input: $i) { id } }', { i: { id, name: id } });
  await run('mutation { upsertSystem(input: { id: "app-db", name: "App database" }) { id } }', {});
  const recipient = (i: Record<string, unknown>) => run('mutation($i: RecipientInput!) { registerRecipient(input: $i) { id } }', { i });
  await recipient({ id: 'cloud', name: 'Cloud', class: 'PROCESSOR' });
  await recipient({ id: 'vault', name: 'Vault', class: 'PROCESSOR', subprocessorOf: 'cloud' });
  await recipient({ id: 'backup', name: 'Backup', class: 'PROCESSOR' });
  await recipient({ id: 'tape', name: 'Tape', class: 'PROCESSOR', subprocessorOf: 'backup' });
  await recipient({ id: 'mailer', name: 'Mailer', class: 'PROCESSOR' });
  await recipient({ id: 'broker', name: 'Broker', class: 'THIRD_PARTY' });
  await run('mutation($i: SubprocessorChangeInput!) { recordSubprocessorChange(input: $i) { shortNotice } }', {
    i: { processorId: 'cloud', subprocessorId: 'backup', noticeOn: '2025-02-01', effectiveOn: '2025-03-01', objectionDays: 30 },
  });
  const disclosure = (i: Record<string, unknown>) =>
    run('mutation($i: DisclosureInput!) { addDisclosure(input: $i) { id } }', {
      i: { purposeIds: ['service'], use: 'ON_OUR_BEHALF', validFrom: '2024-01-01', ...i },
    });
  await disclosure({ recipientId: 'cloud', categoryIds: ['identity'], segmentIds: ['users'] });
  await disclosure({ recipientId: 'mailer', categoryIds: ['email'], segmentIds: ['visitors'] });
  await disclosure({ recipientId: 'broker', categoryIds: ['email'], segmentIds: ['visitors'], use: 'OWN_OTHER_USE' });
  const collection = (i: Record<string, unknown>) =>
    run('mutation($i: CollectionInput!) { addCollection(input: $i) { id } }', {
      i: { sourceId: 'direct', purposeIds: ['service'], segmentIds: ['users'], systemIds: ['app-db'], ...i },
    });
  await collection({ categoryIds: ['identity', 'login'], validFrom: '2024-01-01', validTo: '2024-12-31' });
  await collection({ categoryIds: ['usage'], validFrom: '2025-03-01' });
  const people: Record<string, string> = {};
  const person = async (name: string, californiaResident: boolean, memberships: Record<string, unknown>[]) => {
    const data = await run('mutation($i: PersonInput!) { upsertPerson(input: $i) { id } }', {
      i: { email: `${name}@example.com`, californiaResident, memberships },
    });
    people[name] = (data as { upsertPerson: { id: string } }).upsertPerson.id;
  };
  await person('ann', true, [{ segmentId: 'users', since: '2024-01-01' }]);
  await person('bob', false, [{ segmentId: 'users', since: '2024-01-01' }]);
  await person('cat', true, [{ segmentId: 'users', since: '2024-06-01', until: '2025-01-31' }]);
  await person('eve', true, [{ segmentId: 'users', since: '2025-02-15' }]);
  await person('gil', true, [{ segmentId: 'users', since: '2023-01-01', until: '2024-12-31' }]);
  await person('hal', true, []);
  await person('finn', true, [{ segmentId: 'visitors', since: '2024-01-01' }]);
  await person('dan', true, []);
  await person('ivy', true, [{ segmentId: 'visitors', since: '2024-01-01' }]);
  ok(
    await server.gql('mutation($i: OptOutInput!) { recordOptOut(input: $i) { id } }', {
      i: { person: { email: 'finn@example.com' }, scope: 'THIRD_PARTY_SHARING', effectiveOn: '2025-01-01' },
    }),
  );
  const transfer = (recipientId: string, categoryIds: string[], occurredOn: string, names: string[], use = 'ON_OUR_BEHALF') =>
    run('mutation($i: TransferInput!) { recordTransfer(input: $i) { id } }', {
      i: { recipientId, categoryIds, use, occurredOn, people: names.map((n) => ({ email: `${n}@example.com` })) },
    });
  await transfer('cloud', ['login'], '2025-04-10', ['ann', 'bob', 'hal']);
  await transfer('cloud', ['card'], '2025-01-15', ['cat']);
  await transfer('broker', ['card', 'full-name'], '2025-05-01', ['dan'], 'OWN_OTHER_USE');
  return people;
}

describe.each(enginesUnderTest())('[%s] breach impact (PRODUCT.md §8)', (engine) => {
  let server: TestServer;
  let people: Record<string, string>;
  const window = { from: '2025-01-01', to: '2025-06-30', discoveredOn: '2025-07-10' };

  const impact = async (input: Record<string, unknown>, first = 100, after: string | null = null) =>
    ok(await server.gql<{ breachImpact: Impact }>(IMPACT, { i: input, first, after })).breachImpact;
  /** The affected people by name, each with its categories and notice flag. */
  const byName = (i: Impact) => {
    const names = new Map(Object.entries(people).map(([n, id]) => [id, n]));
    return Object.fromEntries(
      i.people.items.map((p) => [
        names.get(p.person.id) ?? p.person.id,
        { categories: p.categories.map((c) => c.id), notice: p.californiaNotice },
      ]),
    );
  };
  const counts = (i: Impact) => ({
    peopleAffected: i.peopleAffected,
    californiaResidents: i.californiaResidents,
    californiaNotices: i.californiaNotices,
    categories: i.categories.map((c) => [c.category.id, c.people]),
  });

  beforeAll(async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    server = await startTestServer({ engine, seed: 'none' });
    people = await build(server);
  });
  afterAll(() => server.close());

  it('a breached processor: its rows in the window, each notice trigger, the deadlines', async () => {
    const answer = await impact({ recipientId: 'cloud', ...window });
    // ann: Identity (inferred) + Login (transfer) → NAME + credentials → notice.
    // bob: the same, but not a California resident → never a notice.
    // cat: membership to 2025-01-31 cuts into the window → Identity; Card on 2025-01-15 → NAME + card → notice.
    // eve: Identity only → NAME alone → no notice. hal: Login alone → credentials alone → notice.
    // gil: membership ended 2024-12-31, before the window → not affected. finn (mailer), dan (broker): not affected.
    expect(byName(answer)).toEqual({
      ann: { categories: ['identity', 'login'], notice: true },
      bob: { categories: ['identity', 'login'], notice: false },
      cat: { categories: ['card', 'identity'], notice: true },
      eve: { categories: ['identity'], notice: false },
      hal: { categories: ['login'], notice: true },
    });
    // Categories by name: Card number 1 (cat), Identity 4 (ann, bob, cat, eve), Login credentials 3 (ann, bob, hal).
    expect(counts(answer)).toEqual({
      peopleAffected: 5,
      californiaResidents: 4,
      californiaNotices: 3,
      categories: [
        ['card', 1],
        ['identity', 4],
        ['login', 3],
      ],
    });
    // 2025-07-10 + 30 days = 2025-08-09; + 3 days = 2025-07-13.
    expect(answer.californiaNoticeDueOn).toBe('2025-08-09');
    expect(answer.supervisoryAuthorityDueOn).toBe('2025-07-13');
    expect(answer.attorneyGeneralSampleRequired).toBe(false);
    expect(answer.people.nextCursor).toBeNull();
    expect(answer.people.items.map((p) => p.person.display)).toContain('a***@example.com');
  });

  it('a sub-processor set on the recipient reaches through its processor over the whole window', async () => {
    const vault = await impact({ recipientId: 'vault', ...window });
    expect(Object.keys(byName(vault)).sort()).toEqual(['ann', 'bob', 'cat', 'eve', 'hal']);
    expect(counts(vault)).toEqual(counts(await impact({ recipientId: 'cloud', ...window })));
  });

  it('a sub-processor change counts from its effectiveOn, at any depth', async () => {
    // backup is cloud's from 2025-03-01: cat's rows end 2025-01-31 (membership) and 2025-01-15 (card) → not reached.
    const expected = {
      ann: { categories: ['identity', 'login'], notice: true },
      bob: { categories: ['identity', 'login'], notice: false },
      eve: { categories: ['identity'], notice: false },
      hal: { categories: ['login'], notice: true },
    };
    const backup = await impact({ recipientId: 'backup', ...window });
    expect(byName(backup)).toEqual(expected);
    expect(counts(backup)).toEqual({
      peopleAffected: 4,
      californiaResidents: 3,
      californiaNotices: 2,
      categories: [
        ['identity', 3],
        ['login', 3],
      ],
    });
    // tape → backup (set on tape) → cloud (from 2025-03-01): the same people.
    expect(byName(await impact({ recipientId: 'tape', ...window }))).toEqual(expected);
    // A window that ends before the change took effect reaches nobody through cloud.
    const early = await impact({ recipientId: 'backup', from: '2025-01-01', to: '2025-02-28', discoveredOn: '2025-03-01' });
    expect(counts(early)).toEqual({ peopleAffected: 0, californiaResidents: 0, californiaNotices: 0, categories: [] });
  });

  it('a breached system: members of the segments its collections in force concern, windows cutting both', async () => {
    // 2025 H1: the Identity + Login collection ended 2024-12-31; Usage from 2025-03-01 reaches ann, bob, eve (cat left
    // the segment on 2025-01-31, before the collection began). Usage holds no element → no notices.
    const h1 = await impact({ systemId: 'app-db', ...window });
    expect(byName(h1)).toEqual({
      ann: { categories: ['usage'], notice: false },
      bob: { categories: ['usage'], notice: false },
      eve: { categories: ['usage'], notice: false },
    });
    expect(counts(h1)).toEqual({ peopleAffected: 3, californiaResidents: 2, californiaNotices: 0, categories: [['usage', 3]] });
    // 2024 H2: the first collection (Identity ⊃ Full name [NAME], Login [credentials]) for ann, bob, cat (from 06-01),
    // gil (to 12-31); eve joined in 2025. California notices: ann, cat, gil.
    const h2 = await impact({ systemId: 'app-db', from: '2024-06-01', to: '2024-12-31', discoveredOn: '2025-01-02' });
    expect(Object.keys(byName(h2)).sort()).toEqual(['ann', 'bob', 'cat', 'gil']);
    expect(counts(h2)).toEqual({
      peopleAffected: 4,
      californiaResidents: 3,
      californiaNotices: 3,
      categories: [
        ['identity', 4],
        ['login', 4],
      ],
    });
    expect(h2.californiaNoticeDueOn).toBe('2025-02-01');
    expect(h2.supervisoryAuthorityDueOn).toBe('2025-01-05');
  });

  it('a breached third party: rows after opt-outs, confirmed transfers whatever the use', async () => {
    // broker: Email about visitors (OWN_OTHER_USE) and dan's transfer of Card + Full name on 2025-05-01.
    // finn opted out of third-party sharing on 2025-01-01: nothing of the disclosure is left in 2025 → not reached.
    // ivy: Email only → no element → no notice. dan: NAME + card → notice.
    expect(byName(await impact({ recipientId: 'broker', ...window }))).toEqual({
      dan: { categories: ['card', 'full-name'], notice: true },
      ivy: { categories: ['email'], notice: false },
    });
    // A window reaching back into 2024 reaches finn's data from before the opt-out.
    const longer = await impact({ recipientId: 'broker', from: '2024-06-01', to: '2025-06-30', discoveredOn: '2025-07-10' });
    expect(Object.keys(byName(longer)).sort()).toEqual(['dan', 'finn', 'ivy']);
  });

  it('pages the people by person id, each exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Impact['people'] = (await impact({ recipientId: 'cloud', ...window }, 2, after)).people;
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((p) => p.person.id));
      after = page.nextCursor;
      pages++;
    } while (after !== null && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(['ann', 'bob', 'cat', 'eve', 'hal'].map((n) => people[n]).sort());
  });

  it('refuses bad input with BAD_USER_INPUT naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...window }, 'recipientId'],
      [{ recipientId: 'cloud', systemId: 'app-db', ...window }, 'recipientId'],
      [{ recipientId: 'nobody', ...window }, 'recipientId'],
      [{ systemId: 'nowhere', ...window }, 'systemId'],
      [{ recipientId: 'cloud', from: '2025-06-30', to: '2025-01-01', discoveredOn: '2025-07-01' }, 'to'],
    ];
    for (const [input, field] of cases) {
      const res = await server.gql(IMPACT, { i: input });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const badFirst = await server.gql(IMPACT, { i: { recipientId: 'cloud', ...window }, first: 0 });
    expect(badFirst.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const badDate = await server.gql(IMPACT, { i: { recipientId: 'cloud', ...window, discoveredOn: '2025-02-30' } });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('exports the notice list as CSV (Authorization header) and audits the lookups', async () => {
    const query = new URLSearchParams({ recipientId: 'cloud', ...window }).toString();
    const res = await fetch(`${server.url}/incidents/notice-list.csv?${query}`, {
      headers: { authorization: `Bearer ${server.adminToken}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const [header, ...rows] = (await res.text()).trim().split(/\r?\n/);
    expect(header).toBe('display,personId,categories,californiaNotice');
    const byId = new Map(rows.map((r) => r.split(',')).map((cells) => [cells[1], cells]));
    expect(byId.size).toBe(5);
    expect(byId.get(people.ann)).toEqual(['a***@example.com', people.ann, 'Identity|Login credentials', 'yes']);
    expect(byId.get(people.bob)?.[3]).toBe('no');
    const anonymous = await fetch(`${server.url}/incidents/notice-list.csv?${query}`);
    expect(anonymous.status).toBe(401);
    const audit = ok(await server.gql<{ auditLog: { operation: string }[] }>('{ auditLog(limit: 200) { operation } }'));
    const operations = audit.auditLog.map((e) => e.operation);
    expect(operations).toEqual(expect.arrayContaining(['breachImpact', 'breachImpact.people', 'breachNoticeList']));
  });

  it('keeps breach elements on categories, in the inventory history too', async () => {
    const categories = ok(
      await server.gql<{ categories: { id: string; breachElements: string[] }[] }>('{ categories { id breachElements } }'),
    );
    const byId = new Map(categories.categories.map((c) => [c.id, c.breachElements]));
    expect(byId.get('login')).toEqual(['ONLINE_CREDENTIALS']);
    expect(byId.get('email')).toEqual([]);
    // Re-mapped: the history keeps the value before and after.
    ok(await server.gql('mutation { upsertCategory(input: { id: "email", name: "Email", breachElements: [NAME] }) { id } }'));
    const history = ok(
      await server.gql<{ inventoryHistory: { before: string | null; after: string }[] }>(
        '{ inventoryHistory(id: "email") { before after } }',
      ),
    );
    const last = history.inventoryHistory[history.inventoryHistory.length - 1];
    expect((JSON.parse(last.before ?? '{}') as { breachElements?: string[] | null }).breachElements ?? []).toEqual([]);
    expect(JSON.parse(last.after)).toMatchObject({ breachElements: ['NAME'] });
    ok(await server.gql('mutation { upsertCategory(input: { id: "email", name: "Email", breachElements: [] }) { id } }'));
    const bad = await server.gql('mutation { upsertCategory(input: { id: "email", name: "Email", breachElements: [NAME, NAME] }) { id } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'breachElements' });
  });

  it('gives the same answer after a restart', async () => {
    const before = await impact({ recipientId: 'backup', ...window });
    await server.close();
    server = await startTestServer({ engine, seed: 'none', dataDir: server.dataDir });
    expect(await impact({ recipientId: 'backup', ...window })).toEqual(before);
  });
});
