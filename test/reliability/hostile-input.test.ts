// Why so long: the fuzzer's generators and the assertions on every hostile request belong together, reason by reason.
import { enginesUnderTest, freshStore } from '../support/engines';
import { TEST_ADMIN_TOKEN } from '../support/server';
import {
  graphFingerprint,
  percentile,
  printSummary,
  startReliabilityServer,
  type HttpReply,
  type ReliabilityServer,
  type SummaryRow,
} from './support/reliability';
// Deterministic pseudo-random numbers (mulberry32), so a failing case can be replayed from its seed.
import { prng as random } from '../../server/src/cli/synth';

interface Case {
  family: string;
  body: string;
  token?: string | null;
  /** The typed error codes that count as a correct rejection. */
  expect: readonly string[];
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

const BAD_IDS: Json[] = [
  '',
  'UPPER',
  'has space',
  'a'.repeat(65),
  '../../etc/passwd',
  "x' OR 1=1 //",
  '\u0000',
  'é',
  '🙂',
  '\uD800',
  'a\nb',
  '-leading',
  '\u202Eabc',
  'x'.repeat(100_000),
  1.5,
  true,
  { id: 'x' },
  ['x'],
  null,
];
const BAD_NAMES: Json[] = ['', 'x'.repeat(201), 'y'.repeat(300_000), 42, false, null, ['a'], { a: 1 }];
const BAD_DATES: Json[] = [
  '2025-02-30',
  '2025-13-01',
  '2025-00-10',
  '0000-00-00',
  '2025-1-1',
  '20250101',
  '2025-02-29',
  'yesterday',
  '',
  2025,
  '2025-01-01T00:00:00Z',
  '+002025-01-01',
  '2025-04-31',
  '٢٠٢٥-٠١-٠١',
  null,
];
const BAD_ENUMS: Json[] = ['NOPE', 'processor', '', 1, null, ['PROCESSOR']];
const BAD_ID_LISTS = (known: string): Json[] => [
  ['unknown-id-xyz'],
  [known, 'does-not-exist'],
  [known, known],
  Array.from({ length: 1500 }, (_, i) => `id-${i}`),
  [null],
  ['BAD ID'],
  'not-a-list-but-unknown',
  [1.5],
];

interface Known {
  category: string;
  purpose: string;
  segment: string;
  recipient: string;
  source: string;
  disclosure: string;
}

/** A valid input per mutation (nothing is sent as is: one field is always replaced by a hostile value). */
function baseInputs(k: Known): Record<string, { input: Record<string, Json>; fields: Record<string, Json[]> }> {
  const ids = (v: string) => BAD_ID_LISTS(v);
  return {
    upsertCategory: {
      input: { id: 'fuzz-category', name: 'Fuzz', parentId: k.category },
      fields: {
        id: BAD_IDS,
        name: BAD_NAMES,
        parentId: [...BAD_IDS.filter((v) => v !== null), 'unknown-parent'],
        shineTheLight: [['NOPE'], 'X'],
      },
    },
    upsertPurpose: { input: { id: 'fuzz-purpose', name: 'Fuzz' }, fields: { id: BAD_IDS, name: BAD_NAMES, directMarketing: ['yes', 2] } },
    upsertSource: { input: { id: 'fuzz-source', name: 'Fuzz', kind: 'DIRECT' }, fields: { id: BAD_IDS, name: BAD_NAMES, kind: BAD_ENUMS } },
    upsertSegment: {
      input: { id: 'fuzz-segment', name: 'Fuzz' },
      fields: { id: BAD_IDS, name: BAD_NAMES, description: ['d'.repeat(5000), 7] },
    },
    upsertSystem: {
      input: { id: 'fuzz-system', name: 'Fuzz' },
      fields: { id: BAD_IDS, name: BAD_NAMES, owner: ['o'.repeat(201)], country: ['c'.repeat(101)] },
    },
    registerRecipient: {
      input: { id: 'fuzz-recipient', name: 'Fuzz', class: 'THIRD_PARTY' },
      fields: {
        id: BAD_IDS,
        name: BAD_NAMES,
        class: BAD_ENUMS,
        agreementSignedOn: BAD_DATES.filter((d) => d !== null),
        address: ['a'.repeat(501)],
        subprocessorOf: ['unknown-recipient', 'fuzz-recipient'],
      },
    },
    registerProcessor: {
      input: {
        id: 'fuzz-processor',
        name: 'Fuzz',
        agreementSignedOn: '2025-01-01',
        validFrom: '2025-01-01',
        categoryIds: [k.category],
        purposeIds: [k.purpose],
        segmentIds: [k.segment],
      },
      fields: {
        id: BAD_IDS,
        name: BAD_NAMES,
        agreementSignedOn: BAD_DATES,
        validFrom: BAD_DATES,
        categoryIds: [...ids(k.category), []],
        purposeIds: ids(k.purpose),
        segmentIds: ids(k.segment),
      },
    },
    addCollection: {
      input: { sourceId: k.source, categoryIds: [k.category], segmentIds: [k.segment], purposeIds: [k.purpose], validFrom: '2025-01-01' },
      fields: {
        id: BAD_IDS.filter((v) => v !== null),
        sourceId: [...BAD_IDS, 'unknown-source'],
        categoryIds: ids(k.category),
        validFrom: BAD_DATES,
        validTo: [...BAD_DATES.filter((d) => d !== null), '2024-12-31'],
      },
    },
    addDisclosure: {
      input: {
        recipientId: k.recipient,
        categoryIds: [k.category],
        segmentIds: [k.segment],
        purposeIds: [k.purpose],
        use: 'OWN_OTHER_USE',
        validFrom: '2025-01-01',
      },
      fields: {
        recipientId: [...BAD_IDS, 'unknown-recipient'],
        categoryIds: ids(k.category),
        segmentIds: ids(k.segment),
        use: BAD_ENUMS,
        validFrom: BAD_DATES,
        validTo: ['2024-01-01', ...BAD_DATES.filter((d) => d !== null)],
        policyClauseIds: ['x', ['unknown-clause']],
      },
    },
    recordTransfer: {
      input: {
        recipientId: k.recipient,
        categoryIds: [k.category],
        use: 'OWN_OTHER_USE',
        occurredOn: '2025-01-01',
        people: [{ email: 'nobody-here@example.com' }],
      },
      fields: {
        recipientId: [...BAD_IDS, 'unknown-recipient'],
        occurredOn: BAD_DATES,
        use: BAD_ENUMS,
        people: [[], [{}], [{ email: 'a@b.c', phone: '123' }], [{ email: 'e'.repeat(400) }], 'x', [null]],
      },
    },
    upsertPerson: {
      input: { email: 'fuzz@example.com', memberships: [{ segmentId: k.segment, since: '2025-01-01' }] },
      fields: {
        email: ['', 'e'.repeat(321), 12],
        relationshipSince: BAD_DATES.filter((d) => d !== null),
        lastPurchaseOn: BAD_DATES.filter((d) => d !== null),
        memberships: [
          [{ segmentId: 'unknown-segment', since: '2025-01-01' }],
          [{ segmentId: k.segment, since: '2025-02-30' }],
          [{ segmentId: k.segment, since: '2025-03-01', until: '2025-01-01' }],
          [{ segmentId: 'BAD', since: '2025-01-01' }],
          'x',
        ],
      },
    },
    recordOptOut: {
      input: { person: { email: 'nobody-here@example.com' }, scope: 'DIRECT_MARKETING', effectiveOn: '2025-01-01' },
      fields: {
        scope: BAD_ENUMS,
        effectiveOn: BAD_DATES,
        channel: ['c'.repeat(201), 5],
        person: [{}, { email: 'a@b.c', phone: '1' }, null],
      },
    },
  };
}

const INPUT_TYPES: Record<string, string> = {
  upsertCategory: 'CategoryInput',
  upsertPurpose: 'PurposeInput',
  upsertSource: 'SourceInput',
  upsertSegment: 'SegmentInput',
  upsertSystem: 'SystemInput',
  registerRecipient: 'RecipientInput',
  registerProcessor: 'ProcessorInput',
  addCollection: 'CollectionInput',
  addDisclosure: 'DisclosureInput',
  recordTransfer: 'TransferInput',
  upsertPerson: 'PersonInput',
  recordOptOut: 'OptOutInput',
};

const INPUT_ERRORS = ['BAD_USER_INPUT', 'NOT_FOUND'] as const;
const DOCUMENT_ERRORS = ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT'] as const;

function generateCases(k: Known, count: number, seed: number): Case[] {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
  const inputs = baseInputs(k);
  const mutations = Object.keys(inputs);
  const gen: (() => Case)[] = [
    // one hostile value in an otherwise valid mutation input, sent as a variable
    () => {
      const name = pick(mutations);
      const { input, fields } = inputs[name];
      const field = pick(Object.keys(fields));
      const value = pick(fields[field]);
      return {
        family: 'mutation input',
        body: JSON.stringify({
          query: `mutation($i: ${INPUT_TYPES[name]}!) { ${name}(input: $i) { __typename } }`,
          variables: { i: { ...input, [field]: value } },
        }),
        expect: INPUT_ERRORS,
      };
    },
    // the same inline (GraphQL literals): coercion fails in validation
    () => {
      const name = pick(mutations);
      const value = pick([123, '"2025-02-30"', 'NOT_AN_ENUM', '[1, 2]', '{ x: 1 }', 'null', '"\\u0000"']);
      return {
        family: 'inline literal',
        body: JSON.stringify({ query: `mutation { ${name}(input: { id: ${value} }) { __typename } }` }),
        expect: DOCUMENT_ERRORS,
      };
    },
    // hostile queries: unknown people, impossible dates, impossible years, conflicting identifiers
    () => {
      const variant = pick([
        {
          q: 'query($p: PersonRef!) { whoReceived(person: $p) { from } }',
          v: { p: { email: `ghost-${Math.floor(rnd() * 1e9)}@example.com` } },
          e: ['NOT_FOUND'],
        },
        {
          q: 'query($p: PersonRef!) { whoReceived(person: $p) { from } }',
          v: { p: { email: 'a@b.c', externalId: 'x' } },
          e: ['BAD_USER_INPUT'],
        },
        { q: 'query($p: PersonRef!) { whoReceived(person: $p) { from } }', v: { p: {} }, e: ['BAD_USER_INPUT'] },
        {
          q: 'query($p: PersonRef!, $f: Date) { whoReceived(person: $p, from: $f) { from } }',
          v: { p: { id: 'x' }, f: pick(BAD_DATES.filter((d) => d !== null)) },
          e: ['BAD_USER_INPUT'],
        },
        {
          q: 'query($y: Int!) { shineTheLightReport(year: $y) { year } }',
          v: { y: pick([-1, 0, 99999, 2.5, '2025', 2 ** 40]) },
          e: ['BAD_USER_INPUT'],
        },
        {
          q: 'query($d: Date) { dataMap(asOf: $d) { nodes { id } } }',
          v: { d: pick(BAD_DATES.filter((d) => d !== null)) },
          e: ['BAD_USER_INPUT'],
        },
        {
          q: 'query($d: Date) { disclosures(asOf: $d) { id } }',
          v: { d: pick(BAD_DATES.filter((d) => d !== null)) },
          e: ['BAD_USER_INPUT'],
        },
        { q: 'query($c: [RecipientClass!]) { dataMap(recipientClasses: $c) { nodes { id } } }', v: { c: ['NOPE'] }, e: ['BAD_USER_INPUT'] },
        {
          q: 'mutation($id: ID!, $to: Date!) { endDisclosure(id: $id, validTo: $to) { id } }',
          v: { id: `unknown-${Math.floor(rnd() * 1e6)}`, to: '2025-01-01' },
          e: ['BAD_USER_INPUT', 'NOT_FOUND'],
        },
        {
          q: 'mutation($id: ID!, $to: Date!) { endDisclosure(id: $id, validTo: $to) { id } }',
          v: { id: k.disclosure, to: pick(['2025-02-30', '0001-01-01', 'x']) },
          e: ['BAD_USER_INPUT'],
        },
        { q: 'query($l: Int) { auditLog(limit: $l) { id } }', v: { l: pick([0, -5, 100_000, 2 ** 31]) }, e: ['BAD_USER_INPUT'] },
        {
          q: 'mutation($n: String!) { revokeApiToken(name: $n) { name } }',
          v: { n: `no-such-token-${Math.floor(rnd() * 1e6)}` },
          e: ['NOT_FOUND'],
        },
      ]);
      return { family: 'hostile query', body: JSON.stringify({ query: variant.q, variables: variant.v }), expect: variant.e };
    },
    // document shape attacks: depth, aliases, root fields, fragment cycles, parser bombs, unknown fields
    () => {
      const n = 15 + Math.floor(rnd() * 200);
      const variant = pick([
        `{ ${'recipients { '.repeat(n)} id ${'} '.repeat(n)}}`,
        `{ ${Array.from({ length: 40 + n }, (_, i) => `a${i}: categories { id }`).join(' ')} }`,
        `{ dataMap { ${Array.from({ length: 40 + n }, (_, i) => `n${i}: nodes { id }`).join(' ')} } }`,
        `{ ${'{'.repeat(n * 100)}`,
        'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
        `{ categories { ${'id '.repeat(3000 + n)} } }`,
        `{ noSuchField${n} }`,
        'query { categories { id } } query { sources { id } }',
        `${'"'.repeat(n)}`,
        `{ categories(${'x: 1, '.repeat(n)}) { id } }`,
        `{ dataMap { nodes { ${'...on MapNode { '.repeat(n)} id ${'} '.repeat(n)} } } }`,
      ]);
      return { family: 'document shape', body: JSON.stringify({ query: variant }), expect: DOCUMENT_ERRORS };
    },
    // HTTP-level: bad JSON, batches, missing query, wrong tokens
    () => {
      const variant = pick<{ body: string; token?: string | null; expect: readonly string[] }>([
        { body: '{ not json', expect: ['BAD_REQUEST'] },
        { body: JSON.stringify([{ query: '{ categories { id } }' }, { query: '{ sources { id } }' }]), expect: ['BAD_REQUEST'] },
        { body: JSON.stringify({ variables: {} }), expect: ['BAD_REQUEST'] },
        { body: JSON.stringify({ query: 42 }), expect: ['BAD_REQUEST'] },
        {
          body: JSON.stringify({ query: '{ categories { id } }', operationName: 'Nope' }),
          expect: ['OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST'],
        },
        { body: JSON.stringify({ query: '{ categories { id } }' }), token: `dm_${Math.floor(rnd() * 1e12)}`, expect: ['UNAUTHENTICATED'] },
        {
          body: JSON.stringify({ query: 'mutation { upsertSource(input: { id: "anon", name: "A", kind: DIRECT }) { id } }' }),
          token: null,
          expect: ['UNAUTHENTICATED'],
        },
        { body: JSON.stringify({ query: '{ __schema { types { name } } }' }), token: null, expect: ['UNAUTHENTICATED'] },
      ]);
      return {
        family: 'http',
        body: variant.body,
        token: variant.token === undefined ? TEST_ADMIN_TOKEN : variant.token,
        expect: variant.expect,
      };
    },
  ];
  const weights = [0, 0, 0, 0, 0, 1, 1, 2, 3, 4];
  return Array.from({ length: count }, () => gen[pick(weights)]());
}

/** Internal text that must never reach a client. */
const LEAKS =
  /node_modules|\/work\/|\bat [\w.<>]+ \(|stacktrace|Neo4jError|Neo\.ClientError|IO exception|Binder exception|Parser exception|Runtime exception/;

function judge(c: Case, reply: HttpReply): string | null {
  if (reply.status >= 500) return `HTTP ${reply.status}`;
  if (LEAKS.test(reply.text)) return `leaks internal text: ${reply.text.slice(0, 200)}`;
  const code = reply.body?.errors?.[0]?.extensions?.code;
  if (!code) return `no typed error (HTTP ${reply.status}): ${reply.text.slice(0, 200)}`;
  if (!c.expect.includes(code)) return `code ${code}, expected one of ${c.expect.join('/')}: ${reply.text.slice(0, 200)}`;
  const data = reply.body?.data;
  if (data && Object.values(data).some((v) => v !== null)) return `returned data: ${reply.text.slice(0, 200)}`;
  return null;
}

const FUZZ_REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 3000);
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const LOAD_CLIENTS = 50;
const LOAD_SECONDS = Number(process.env.LOAD_SECONDS ?? 15);

describe.each(enginesUnderTest())('[%s] hostile input and load', (engine) => {
  let server: ReliabilityServer;
  const rows: SummaryRow[] = [];

  beforeAll(async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    server = await startReliabilityServer(engine, { seed: 'example', security: { rateLimitPerMinute: 0, failedAuthPerMinute: 0 } });
  });
  afterAll(async () => {
    await server?.close();
    printSummary(`reliability [${engine}]`, rows);
  });

  async function known(): Promise<Known> {
    const res = await server.gql(
      '{ categories { id } purposes { id } segments { id } recipients { id } sources { id } disclosures { id } }',
    );
    const data = res.body?.data as Record<string, { id: string }[]>;
    return {
      category: data.categories[0].id,
      purpose: data.purposes[0].id,
      segment: data.segments[0].id,
      recipient: data.recipients[0].id,
      source: data.sources[0].id,
      disclosure: data.disclosures[0].id,
    };
  }

  it(`rejects ${FUZZ_REQUESTS} generated hostile requests with typed errors, no 5xx, and leaves the graph unchanged`, async () => {
    const before = await graphFingerprint(server.graph);
    const cases = generateCases(await known(), FUZZ_REQUESTS, FUZZ_SEED);
    const failures: string[] = [];
    let fiveXx = 0;
    let correct = 0;
    const families = new Map<string, number>();
    const concurrency = 8;
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < cases.length) {
          const index = next++;
          const c = cases[index];
          families.set(c.family, (families.get(c.family) ?? 0) + 1);
          const reply = await server.post(c.body, c.token === undefined ? TEST_ADMIN_TOKEN : c.token);
          if (reply.status >= 500) fiveXx += 1;
          const problem = judge(c, reply);
          if (problem) failures.push(`#${index} [${c.family}] ${problem} — request: ${c.body.slice(0, 300)}`);
          else correct += 1;
        }
      }),
    );
    const after = await graphFingerprint(server.graph);
    const lost =
      before.digest === after.digest ? 0 : Math.abs(before.nodes - after.nodes) + Math.abs(before.relationships - after.relationships) || 1;
    rows.push({
      check: 'fuzzer',
      tried: cases.length,
      rejectedCorrectly: correct,
      fiveXx,
      dataLost: lost,
      note: [...families].map(([f, n]) => `${f} ${n}`).join(', '),
    });
    expect(failures.slice(0, 15)).toEqual([]);
    expect(fiveXx).toBe(0);
    expect(after).toEqual(before);
  }, 600_000);

  it('stores and returns injection attempts literally in every string field (all Cypher is parameterised)', async () => {
    const payloads = [
      "x' OR 1=1 //",
      '"}) MATCH (n) DETACH DELETE n //',
      "'); MATCH (n) DETACH DELETE n; //",
      '$id',
      '`backtick` {id: 1}',
      '<script>alert(1)</script>',
      '{{7*7}} ${process.exit(1)}',
      '\\u0027 \\" \\\\',
      'Ωmega 🙂 \u202Eright-to-left',
      'CALL db.clearQueryCaches() RETURN 1',
    ];
    const before = await graphFingerprint(server.graph);
    let tried = 0;
    let stored = 0;
    for (const [i, text] of payloads.entries()) {
      const id = `inject-${i}`;
      const recipient = await server.gql(
        'mutation($i: RecipientInput!) { registerRecipient(input: $i) { id name legalName address country natureOfBusiness productsMarketed } }',
        {
          i: {
            id,
            name: text,
            class: 'THIRD_PARTY',
            legalName: text,
            address: text,
            country: text.slice(0, 100),
            natureOfBusiness: text,
            productsMarketed: [text, text + '2'],
          },
        },
      );
      const system = await server.gql('mutation($i: SystemInput!) { upsertSystem(input: $i) { id name owner country } }', {
        i: { id, name: text, owner: text, country: text.slice(0, 100) },
      });
      const segment = await server.gql('mutation($i: SegmentInput!) { upsertSegment(input: $i) { id name description } }', {
        i: { id, name: text, description: text },
      });
      const person = await server.gql('mutation($i: PersonInput!) { upsertPerson(input: $i) { id display } }', { i: { externalId: text } });
      const lookup = await server.gql('query($p: PersonRef!) { person(person: $p) { id } }', { p: { externalId: text } });
      tried += 5;
      expect(recipient.body?.errors).toBeUndefined();
      expect(recipient.body?.data?.registerRecipient).toEqual({
        id,
        name: text,
        legalName: text,
        address: text,
        country: text.slice(0, 100),
        natureOfBusiness: text,
        productsMarketed: [text, text + '2'],
      });
      expect(system.body?.data?.upsertSystem).toEqual({ id, name: text, owner: text, country: text.slice(0, 100) });
      expect(segment.body?.data?.upsertSegment).toEqual({ id, name: text, description: text });
      expect(person.body?.errors).toBeUndefined();
      expect((lookup.body?.data?.person as { id: string }).id).toBe((person.body?.data?.upsertPerson as { id: string }).id);
      stored += 5;
    }
    // Read back through a fresh query, not the mutation's echo.
    const all = await server.gql('{ recipients { id name address } systems { id owner } segments { id description } }');
    const recipients = (all.body?.data?.recipients as { id: string; name: string; address: string }[]).filter((r) =>
      r.id.startsWith('inject-'),
    );
    expect(recipients.map((r) => r.name).sort()).toEqual([...payloads].sort());
    const after = await graphFingerprint(server.graph);
    // Only what was written was added: 3 nodes (+ a person and its identifier) per payload, nothing deleted.
    expect(after.nodes).toBe(before.nodes + payloads.length * 5);
    rows.push({
      check: 'injection (stored literally)',
      tried,
      rejectedCorrectly: 0,
      fiveXx: 0,
      dataLost: before.nodes + payloads.length * 5 - after.nodes,
      note: `${stored} writes+reads round-tripped`,
    });
  });

  it(
    `serves ${LOAD_CLIENTS} concurrent clients for ${LOAD_SECONDS} s with no errors and no lost writes`,
    async () => {
      const latencies: number[] = [];
      const errors: string[] = [];
      const written: string[] = [];
      let fiveXx = 0;
      const deadline = Date.now() + LOAD_SECONDS * 1000;
      const reads = [
        '{ categories { id name } }',
        '{ recipients { id name class } }',
        '{ dataMap { nodes { id kind } edges { id source target } } }',
        '{ disclosures { id use recipient { id } } }',
      ];
      await Promise.all(
        Array.from({ length: LOAD_CLIENTS }, async (_, client) => {
          let n = 0;
          while (Date.now() < deadline) {
            n += 1;
            const write = n % 3 === 0;
            const id = `load-${client}-${n}`;
            const reply = write
              ? await server.gql('mutation($i: SourceInput!) { upsertSource(input: $i) { id } }', {
                  i: { id, name: `Load ${client}/${n}`, kind: 'AUTOMATIC' },
                })
              : await server.gql(reads[(client + n) % reads.length]);
            latencies.push(reply.ms);
            if (reply.status >= 500) fiveXx += 1;
            if (reply.status !== 200 || reply.body?.errors) errors.push(`${reply.status} ${reply.text.slice(0, 200)}`);
            else if (write) written.push(id);
          }
        }),
      );
      const sources = await server.gql('{ sources { id } }');
      const present = new Set((sources.body?.data?.sources as { id: string }[]).map((s) => s.id));
      const lost = written.filter((id) => !present.has(id)).length;
      const p50 = percentile(latencies, 50);
      const p95 = percentile(latencies, 95);
      const rps = latencies.length / LOAD_SECONDS;
      rows.push({
        check: `load ${LOAD_CLIENTS} clients × ${LOAD_SECONDS} s`,
        tried: latencies.length,
        rejectedCorrectly: 0,
        fiveXx,
        dataLost: lost,
        requestsPerSecond: rps,
        p95Ms: p95,
        note: `${rps.toFixed(0)} req/s, p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...latencies).toFixed(0)} ms, ${written.length} writes`,
      });
      expect(errors.slice(0, 5)).toEqual([]);
      expect(lost).toBe(0);
      expect(latencies.length).toBeGreaterThan(LOAD_CLIENTS);
    },
    LOAD_SECONDS * 1000 + 300_000,
  );
});

describe('[embedded] HTTP protections', () => {
  let server: ReliabilityServer;
  const rows: SummaryRow[] = [];

  beforeAll(async () => {
    server = await startReliabilityServer('embedded', {
      seed: 'none',
      security: { rateLimitPerMinute: 20, corsOrigins: ['https://allowed.example'], bodyLimitBytes: 64 * 1024 },
    });
  });
  afterAll(async () => {
    await server?.close();
    printSummary('HTTP protections [embedded]', rows);
  });

  it('limits each token to its rate (429 with Retry-After) without slowing other tokens', async () => {
    const replies: HttpReply[] = [];
    for (let i = 0; i < 25; i += 1) replies.push(await server.gql('{ categories { id } }'));
    const limited = replies.filter((r) => r.status === 429);
    expect(replies.slice(0, 20).every((r) => r.status === 200)).toBe(true);
    expect(limited).toHaveLength(5);
    expect(limited[0].body?.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const other = await server.gql('{ categories { id } }', undefined, null);
    expect(other.status).toBe(200);
    expect(other.body?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
      body: '{"query":"{ categories { id } }"}',
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    rows.push({ check: 'rate limit 20/min', tried: 26, rejectedCorrectly: limited.length + 1, fiveXx: 0, dataLost: 0 });
  });

  it('answers an oversized body with 413 and a typed error', async () => {
    const reply = await server.post(
      JSON.stringify({ query: '{ categories { id } }', variables: { pad: 'x'.repeat(100 * 1024) } }),
      'dm_other-token-for-413',
    );
    expect(reply.status).toBe(413);
    expect(reply.body?.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    rows.push({ check: 'body limit', tried: 1, rejectedCorrectly: 1, fiveXx: 0, dataLost: 0 });
  });

  it('abandons a request that runs past the timeout with 503 and a typed error, and keeps serving', async () => {
    const slow = await startReliabilityServer('embedded', { seed: 'example', security: { rateLimitPerMinute: 0, requestTimeoutMs: 1 } });
    try {
      const first = await slow.gql('{ dataMap { nodes { id } edges { id } } }');
      expect(first.status).toBe(503);
      expect(first.body?.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
      await new Promise((r) => setTimeout(r, 300));
      const second = await slow.gql('{ dataMap { nodes { id } edges { id } } }');
      expect(second.status).toBe(503);
      expect(second.body?.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
      rows.push({
        check: 'request timeout',
        tried: 2,
        rejectedCorrectly: 2,
        fiveXx: 0,
        dataLost: 0,
        note: '503 TIMEOUT by design (REQUEST_TIMEOUT_MS=1 here)',
      });
    } finally {
      await slow.close();
    }
  });

  it('sends security headers and keeps CORS closed except for configured origins', async () => {
    const health = await fetch(`${server.url}/health`);
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('x-frame-options')).toBe('DENY');
    expect(health.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(health.headers.get('x-powered-by')).toBeNull();
    const preflight = (origin: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      });
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight('https://allowed.example')).headers.get('access-control-allow-origin')).toBe('https://allowed.example');
    rows.push({ check: 'headers and CORS', tried: 3, rejectedCorrectly: 1, fiveXx: 0, dataLost: 0 });
  });
});
