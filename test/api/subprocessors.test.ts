/**
 * PRODUCT.md §8 sub-processor changes (GDPR Art. 28(2)) through the public API, on every engine under test:
 * objection deadlines, short notice, objections in time and late, validation, roles, and a restart.
 */
import { enginesUnderTest, freshStore } from '../support/engines';
import { startTestServer, type GraphqlResponse, type TestServer } from '../support/server';

jest.setTimeout(120_000);

const FIELDS = 'processor { id } subprocessor { id } noticeOn effectiveOn objectionDeadline shortNotice objectedOn';
const RECORD = `mutation($i: SubprocessorChangeInput!) { recordSubprocessorChange(input: $i) { ${FIELDS} } }`;
const OBJECT = `mutation($p: ID!, $s: ID!, $on: Date!) { objectToSubprocessor(processorId: $p, subprocessorId: $s, on: $on) { ${FIELDS} } }`;
const LIST = `query($p: ID) { subprocessorChanges(processorId: $p) { ${FIELDS} } }`;

interface Change {
  processor: { id: string };
  subprocessor: { id: string };
  noticeOn: string;
  effectiveOn: string;
  objectionDeadline: string;
  shortNotice: boolean;
  objectedOn: string | null;
}

const ok = <T>(res: GraphqlResponse<T>): T => {
  expect(res.errors).toBeUndefined();
  return res.data as T;
};
const flat = (c: Change) => ({ ...c, processor: c.processor.id, subprocessor: c.subprocessor.id });

describe.each(enginesUnderTest())('[%s] sub-processor changes (GDPR Art. 28(2))', (engine) => {
  let server: TestServer;
  const record = async (i: Record<string, unknown>) =>
    flat(ok(await server.gql<{ recordSubprocessorChange: Change }>(RECORD, { i })).recordSubprocessorChange);
  const list = async (p: string | null) =>
    ok(await server.gql<{ subprocessorChanges: Change[] }>(LIST, { p })).subprocessorChanges.map(flat);

  beforeAll(async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    server = await startTestServer({ engine, seed: 'none' });
    for (const id of ['cloud', 'backup', 'archive', 'cdn', 'mail']) {
      ok(
        await server.gql('mutation($i: RecipientInput!) { registerRecipient(input: $i) { id } }', {
          i: { id, name: id, class: 'PROCESSOR' },
        }),
      );
    }
  });
  afterAll(() => server.close());

  it('derives the objection deadline (noticeOn + objectionDays) and short notice (effectiveOn before it)', async () => {
    // 2025-02-01 + 30 days = 2025-03-03; effective 2025-03-01 < 2025-03-03 → short notice.
    expect(
      await record({
        processorId: 'cloud',
        subprocessorId: 'backup',
        noticeOn: '2025-02-01',
        effectiveOn: '2025-03-01',
        objectionDays: 30,
      }),
    ).toEqual({
      processor: 'cloud',
      subprocessor: 'backup',
      noticeOn: '2025-02-01',
      effectiveOn: '2025-03-01',
      objectionDeadline: '2025-03-03',
      shortNotice: true,
      objectedOn: null,
    });
    // Effective on the deadline itself: not short (the controller had the whole period).
    const onDeadline = await record({
      processorId: 'cloud',
      subprocessorId: 'archive',
      noticeOn: '2025-01-01',
      effectiveOn: '2025-01-31',
      objectionDays: 30,
    });
    expect([onDeadline.objectionDeadline, onDeadline.shortNotice]).toEqual(['2025-01-31', false]);
    // No objection period at all: the deadline is the notice day; effective the same day is not short.
    const none = await record({
      processorId: 'mail',
      subprocessorId: 'cdn',
      noticeOn: '2025-05-05',
      effectiveOn: '2025-05-05',
      objectionDays: 0,
    });
    expect([none.objectionDeadline, none.shortNotice]).toEqual(['2025-05-05', false]);
    // Leap year: 2024-02-01 + 30 days = 2024-03-02.
    const leap = await record({
      processorId: 'mail',
      subprocessorId: 'archive',
      noticeOn: '2024-02-01',
      effectiveOn: '2024-02-15',
      objectionDays: 30,
    });
    expect([leap.objectionDeadline, leap.shortNotice]).toEqual(['2024-03-02', true]);
  });

  it('lists the changes of a processor (in notice order) or of all', async () => {
    expect((await list('cloud')).map((c) => [c.subprocessor, c.noticeOn])).toEqual([
      ['archive', '2025-01-01'],
      ['backup', '2025-02-01'],
    ]);
    expect(await list(null)).toHaveLength(4);
    expect(await list('backup')).toEqual([]);
  });

  it('makes the sub-processor’s subprocessorOf the processor once the change has taken effect', async () => {
    // archive: notified by mail (2024) and then by cloud (2025-01-01, effective 2025-01-31): the latest notice counts.
    const before = ok(
      await server.gql<{ recipients: { id: string; subprocessorOf: string | null }[] }>('{ recipients { id subprocessorOf } }'),
    );
    expect(Object.fromEntries(before.recipients.map((r) => [r.id, r.subprocessorOf]))).toEqual({
      archive: 'cloud',
      backup: 'cloud',
      cdn: 'mail',
      cloud: null,
      mail: null,
    });
    // A change that takes effect in the future does not make it yet.
    await record({ processorId: 'backup', subprocessorId: 'mail', noticeOn: '2099-01-01', effectiveOn: '2099-02-01', objectionDays: 30 });
    const after = ok(
      await server.gql<{ recipients: { id: string; subprocessorOf: string | null }[] }>('{ recipients { id subprocessorOf } }'),
    );
    expect(after.recipients.find((r) => r.id === 'mail')?.subprocessorOf).toBeNull();
  });

  it('records an objection up to the deadline and refuses a late one (field on)', async () => {
    const late = await server.gql(OBJECT, { p: 'cloud', s: 'backup', on: '2025-03-04' });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'on' });
    const early = await server.gql(OBJECT, { p: 'cloud', s: 'backup', on: '2025-01-31' });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'on' });
    const inTime = ok(await server.gql<{ objectToSubprocessor: Change }>(OBJECT, { p: 'cloud', s: 'backup', on: '2025-03-03' }));
    expect(inTime.objectToSubprocessor.objectedOn).toBe('2025-03-03');
    expect((await list('cloud')).find((c) => c.subprocessor === 'backup')?.objectedOn).toBe('2025-03-03');
    const noNotice = await server.gql(OBJECT, { p: 'cloud', s: 'cdn', on: '2025-03-03' });
    expect(noNotice.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses bad notices with BAD_USER_INPUT naming the field, and changes nothing', async () => {
    const base = { processorId: 'cloud', subprocessorId: 'cdn', noticeOn: '2025-06-01', effectiveOn: '2025-07-01', objectionDays: 14 };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, processorId: 'nobody' }, 'processorId'],
      [{ ...base, subprocessorId: 'nobody' }, 'subprocessorId'],
      [{ ...base, subprocessorId: 'cloud' }, 'subprocessorId'],
      [{ ...base, objectionDays: -1 }, 'objectionDays'],
    ];
    for (const [i, field] of cases) {
      const res = await server.gql(RECORD, { i });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const badDate = await server.gql(RECORD, { i: { ...base, noticeOn: '2025-02-30' } });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await server.gql(OBJECT, { p: 'nobody', s: 'cdn', on: '2025-03-03' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'processorId' });
    expect(await list(null)).toHaveLength(5);
  });

  it('lets every role read and only EDITOR and ADMIN write', async () => {
    const tokens: Record<string, string> = {};
    for (const role of ['VIEWER', 'EDITOR', 'LEGAL']) {
      const res = await server.gql<{ createApiToken: { token: string } }>(
        'mutation($i: ApiTokenInput!) { createApiToken(input: $i) { token } }',
        {
          i: { name: `sp-${role.toLowerCase()}`, role },
        },
      );
      tokens[role] = ok(res).createApiToken.token;
    }
    for (const role of ['VIEWER', 'EDITOR', 'LEGAL']) expect((await server.gql(LIST, { p: 'cloud' }, tokens[role])).errors).toBeUndefined();
    const i = { processorId: 'mail', subprocessorId: 'backup', noticeOn: '2025-06-01', effectiveOn: '2025-07-01', objectionDays: 14 };
    expect((await server.gql(RECORD, { i }, tokens.VIEWER)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(RECORD, { i }, tokens.LEGAL)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(RECORD, { i }, tokens.EDITOR)).errors).toBeUndefined();
  });

  it('shows the history in the processors register (Art. 28) and its document', async () => {
    const res = await server.gql<{ processorsRegister: { recipient: { id: string }; subprocessorChanges: Change[] }[] }>(
      `{ processorsRegister(asOf: "2025-12-31") { recipient { id } subprocessorChanges { ${FIELDS} } } }`,
    );
    const cloud = ok(res).processorsRegister.find((p) => p.recipient.id === 'cloud');
    expect(cloud?.subprocessorChanges.map(flat).map((c) => [c.subprocessor, c.objectionDeadline, c.shortNotice, c.objectedOn])).toEqual([
      ['archive', '2025-01-31', false, null],
      ['backup', '2025-03-03', true, '2025-03-03'],
    ]);
    const csv = await fetch(`${server.url}/reports/gdpr/processors.csv?asOf=2025-12-31`, {
      headers: { authorization: `Bearer ${server.adminToken}` },
    });
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain(
      'backup: notice 2025-02-01, effective 2025-03-01, objections until 2025-03-03, short notice, objected on 2025-03-03',
    );
  });

  it('keeps the changes across a restart', async () => {
    const before = await list(null);
    await server.close();
    server = await startTestServer({ engine, seed: 'none', dataDir: server.dataDir });
    expect(await list(null)).toEqual(before);
  });
});
