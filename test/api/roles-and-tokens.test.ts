// Why so long: the table of every operation and document route against every role, with its audit entry, is one reason to change.
import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import type { Role } from '@disclosure-map/graph-schema';
import { AuthService } from '../../server/src/auth/auth.service';
import { ROLES_KEY } from '../../server/src/auth/roles.decorator';
import { GRAPH_STORE, type GraphStore } from '../../server/src/graph/graph-store';
import { ApiTokensRepository } from '../../server/src/graph/repositories/api-tokens.repository';
import { PersonIdentity } from '../../server/src/people/person-identity';
import { enginesUnderTest, freshStore } from '../support/engines';
import { startTestServer, TEST_PERSON_ID_SECRET, type TestServer } from '../support/server';

type Access = 'read' | 'edit' | 'legal' | 'admin';

/** Who may call what (issue 6): VIEWER reads the map and inventory; EDITOR also writes the inventory; LEGAL also people, transfers, opt-outs, lookups, reports, requests and the audit log; ADMIN everything. */
const ALLOWED: Record<Access, readonly Role[]> = {
  read: ['VIEWER', 'EDITOR', 'LEGAL', 'ADMIN'],
  edit: ['EDITOR', 'ADMIN'],
  legal: ['LEGAL', 'ADMIN'],
  admin: ['ADMIN'],
};

/** Every operation of the API and its row (some arrive with other work in progress). A new operation fails the tests below until it gets a row here. */
const OPERATIONS: Record<string, Access> = {
  // queries: the map and the inventory
  me: 'read',
  categories: 'read',
  purposes: 'read',
  sources: 'read',
  segments: 'read',
  systems: 'read',
  policyClauses: 'read',
  recipients: 'read',
  disclosures: 'read',
  collections: 'read',
  dataMap: 'read',
  inventoryDocument: 'read',
  organization: 'read',
  policyCoverage: 'read',
  inventoryHistory: 'read',
  // queries: people and reports
  person: 'legal',
  whoReceived: 'legal',
  shineTheLightReport: 'legal',
  ccpaRightToKnow: 'legal',
  propagationPlan: 'legal',
  request: 'legal',
  reappearances: 'legal',
  recordOfProcessing: 'legal',
  processorsRegister: 'legal',
  art15Recipients: 'legal',
  requests: 'legal',
  auditLog: 'legal',
  // queries: incidents and change control (PRODUCT.md §8)
  undeclaredTransfers: 'legal',
  riskAssessments: 'read',
  webhooks: 'admin',
  webhookDeliveries: 'admin',
  breachImpact: 'legal',
  subprocessorChanges: 'read',
  // queries: tokens
  apiTokens: 'admin',
  // mutations: the inventory
  upsertCategory: 'edit',
  upsertPurpose: 'edit',
  upsertSource: 'edit',
  upsertSegment: 'edit',
  upsertSystem: 'edit',
  upsertPolicyClause: 'edit',
  registerRecipient: 'edit',
  registerProcessor: 'edit',
  addCollection: 'edit',
  addDisclosure: 'edit',
  endDisclosure: 'edit',
  applyInventory: 'edit',
  recordSubprocessorChange: 'edit',
  objectToSubprocessor: 'edit',
  // mutations: people, the ledger, requests
  upsertPerson: 'legal',
  recordTransfer: 'legal',
  recordOptOut: 'legal',
  recordTransferBatch: 'legal',
  recordRequest: 'legal',
  respondToRequest: 'legal',
  updatePropagation: 'legal',
  extendRequest: 'legal',
  setOrganization: 'legal',
  // mutations: incidents and change control (PRODUCT.md §8)
  recordRiskAssessment: 'legal',
  createWebhook: 'admin',
  deleteWebhook: 'admin',
  // mutations: tokens
  createApiToken: 'admin',
  revokeApiToken: 'admin',
};

/** A literal of the input type that passes GraphQL's own coercion (required fields only), so the request reaches the guard. */
function literalOf(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literalOf(type.ofType);
  if (isListType(type)) return `[${literalOf(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${fields.map((f) => `${f.name}: ${literalOf(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return '2025';
      case 'Float':
        return '1.5';
      case 'Boolean':
        return 'true';
      case 'Date':
        return '"2025-01-01"';
      default:
        return '"role-probe"';
    }
  }
  throw new Error(`no literal for ${String(type)}`);
}

/** Entries of the audit log (newest first), read as ADMIN. */
type LoggedEntry = { actor: string; role: string | null; operation: string; targetIds: string[]; outcome: string };

/** Mutations, and the reads beyond the VIEWER's (people, reports, requests, the audit log, tokens), leave an entry. */
const isAudited = (kind: 'query' | 'mutation', row: Access) => kind === 'mutation' || row === 'legal' || row === 'admin';

/** Every document route (the breach notice list too); LEGAL and ADMIN may fetch them, and every fetch, allowed or refused, is audited. */
const DOCUMENT_ROUTES = [
  '/reports/shine-the-light/2025.html',
  '/reports/shine-the-light/2025.pdf',
  '/reports/shine-the-light/2025.csv',
  '/reports/shine-the-light/2025.html?personId=%PERSON%',
  '/reports/gdpr/record-of-processing.csv',
  '/reports/gdpr/record-of-processing.xlsx',
  '/reports/gdpr/processors.csv',
  '/reports/gdpr/processors.xlsx',
  '/reports/gdpr/recipients.csv?personId=%PERSON%',
  '/reports/gdpr/recipients.xlsx?personId=%PERSON%',
  '/requests/%REQUEST%/record.html',
  '/requests/%REQUEST%/record.pdf',
  '/requests/%REQUEST%/response.html',
  '/requests/%REQUEST%/response.pdf',
  '/incidents/notice-list.csv?recipientId=%RECIPIENT%&from=2025-01-01&to=2025-12-31&discoveredOn=2026-01-10',
];

function selectionOf(type: GraphQLOutputType): string {
  return isObjectType(getNamedType(type)) ? ' { __typename }' : '';
}

function operationText(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => isNonNullType(a.type)).map((a) => `${a.name}: ${literalOf(a.type)}`);
  return `${kind} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selectionOf(field.type)} }`;
}

describe.each(enginesUnderTest())('[%s] roles, tokens and the audit trail', (engine) => {
  let server: TestServer;
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    server = await startTestServer({ engine, seed: 'example' });
    tokens.ADMIN = server.adminToken;
    for (const role of ['VIEWER', 'EDITOR', 'LEGAL'] as const) {
      const res = await server.gql<{ createApiToken: { token: string } }>(
        'mutation($i: ApiTokenInput!) { createApiToken(input: $i) { token } }',
        { i: { name: `t-${role.toLowerCase()}`, role } },
      );
      expect(res.errors).toBeUndefined();
      tokens[role] = res.data!.createApiToken.token;
    }
  });
  afterAll(() => server.close());

  const auditEntries = async (limit = 1000) => {
    const log = await server.gql<{ auditLog: LoggedEntry[] }>(
      `{ auditLog(limit: ${limit}) { actor role operation targetIds outcome } }`,
      undefined,
      tokens.ADMIN,
    );
    expect(log.errors).toBeUndefined();
    return log.data!.auditLog;
  };
  const tokenName = (role: Role) => (role === 'ADMIN' ? 'admin' : `t-${role.toLowerCase()}`);

  it('has a row in the role table for every operation of the schema (a new operation needs one)', () => {
    const schema = server.app.get(GraphQLSchemaHost).schema;
    const names = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    expect(names.length).toBeGreaterThan(30);
    expect(names.filter((n) => !(n in OPERATIONS))).toEqual([]);
  });

  it('declares roles on every Query and Mutation resolver method (an unguarded one fails here)', () => {
    const unguarded: string[] = [];
    let seen = 0;
    for (const module of server.app.get(ModulesContainer).values()) {
      for (const wrapper of module.providers.values()) {
        const instance: unknown = wrapper.instance;
        if (!instance || typeof instance !== 'object') continue;
        const proto = Object.getPrototypeOf(instance) as object;
        for (const key of Object.getOwnPropertyNames(proto)) {
          const method: unknown = Object.getOwnPropertyDescriptor(proto, key)?.value;
          if (typeof method !== 'function') continue;
          const kind: unknown = Reflect.getMetadata('graphql:resolver_type', method);
          if (kind !== 'Query' && kind !== 'Mutation') continue;
          seen += 1;
          const roles: unknown = Reflect.getMetadata(ROLES_KEY, method);
          if (!Array.isArray(roles) || roles.length === 0)
            unguarded.push(`${(proto as { constructor: { name: string } }).constructor.name}.${key}`);
        }
      }
    }
    const schema = server.app.get(GraphQLSchemaHost).schema;
    const operations = Object.keys(schema.getQueryType()!.getFields()).length + Object.keys(schema.getMutationType()!.getFields()).length;
    expect(seen).toBe(operations);
    expect(unguarded).toEqual([]);
  });

  it('lets every role do exactly what its row allows, over every operation', async () => {
    const schema = server.app.get(GraphQLSchemaHost).schema;
    const fields = [
      ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const),
      ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as const),
    ];
    const mismatches: string[] = [];
    const expectedEntries: { role: Role; operation: string; refused: boolean }[] = [];
    let checked = 0;
    for (const [kind, field] of fields) {
      const row = OPERATIONS[field.name];
      if (!row) {
        mismatches.push(`${field.name}: no row in the role table`);
        continue;
      }
      const allowed = ALLOWED[row];
      const text = operationText(kind, field);
      for (const role of ['VIEWER', 'EDITOR', 'LEGAL', 'ADMIN'] as const) {
        const res = await server.gql(text, undefined, tokens[role]);
        const code = res.errors?.[0]?.extensions?.code;
        const denied = code === 'FORBIDDEN';
        checked += 1;
        if (allowed.includes(role) === denied || code === 'UNAUTHENTICATED' || code === 'GRAPHQL_VALIDATION_FAILED') {
          mismatches.push(`${role} ${field.name}: ${code ?? 'allowed'} (${text})`);
        }
        if (isAudited(kind, row)) expectedEntries.push({ role, operation: field.name, refused: denied });
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(mismatches).toEqual([]);

    // Each audited call, allowed or refused, left its entry: the caller's token and role, FORBIDDEN when refused.
    const entries = await auditEntries();
    const missing = expectedEntries.filter(
      (e) =>
        !entries.some(
          (x) =>
            x.actor === tokenName(e.role) && x.role === e.role && x.operation === e.operation && (x.outcome === 'FORBIDDEN') === e.refused,
        ),
    );
    expect(expectedEntries.length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('serves every document route to LEGAL and ADMIN only, and audits every fetch, allowed, refused or unauthenticated', async () => {
    const person = await server.gql<{ person: { id: string } }>('{ person(person: { email: "carmen.diaz@example.com" }) { id } }');
    const personId = person.data!.person.id;
    // An answered Shine-the-Light request, so its record and its frozen response are documents to fetch.
    const recorded = await server.gql<{ recordRequest: { id: string } }>(
      'mutation { recordRequest(input: {person: {email: "carmen.diaz@example.com"}, kind: SHINE_THE_LIGHT, receivedOn: "2025-02-03", channel: "email"}) { id } }',
    );
    expect(recorded.errors).toBeUndefined();
    const requestId = recorded.data!.recordRequest.id;
    const recipients = await server.gql<{ recipients: { id: string }[] }>('{ recipients { id } }');
    const recipientId = recipients.data!.recipients[0].id;
    const answered = await server.gql(
      'mutation($id: ID!, $doc: String) { respondToRequest(id: $id, respondedOn: "2025-03-01", documentRef: $doc) { id } }',
      { id: requestId, doc: `/requests/${requestId}/response.pdf` },
    );
    expect(answered.errors).toBeUndefined();
    const expected: { actor: string; path: string; outcome: 'OK' | 'FORBIDDEN' | 'UNAUTHENTICATED' }[] = [];
    const wrong: string[] = [];
    for (const route of DOCUMENT_ROUTES.map((r) =>
      r.replace('%PERSON%', personId).replace('%REQUEST%', requestId).replace('%RECIPIENT%', recipientId),
    )) {
      for (const role of [...(['VIEWER', 'EDITOR', 'LEGAL', 'ADMIN'] as const), null]) {
        const res = await fetch(`${server.url}${route}`, { headers: role ? { authorization: `Bearer ${tokens[role]}` } : {} });
        await res.arrayBuffer();
        const outcome = role === null ? 'UNAUTHENTICATED' : ALLOWED.legal.includes(role) ? 'OK' : 'FORBIDDEN';
        const status = { OK: 200, FORBIDDEN: 403, UNAUTHENTICATED: 401 }[outcome];
        if (res.status !== status) wrong.push(`${role ?? 'anonymous'} ${route}: ${res.status}, expected ${status}`);
        expected.push({ actor: role ? tokenName(role) : '(unauthenticated)', path: route.split('?')[0], outcome });
      }
    }
    expect(wrong).toEqual([]);
    const entries = await auditEntries();
    const missing = expected.filter(
      (e) =>
        !entries.some(
          (x) =>
            x.actor === e.actor && x.outcome === e.outcome && x.targetIds.includes(e.path) && /Document$|NoticeList$/.test(x.operation),
        ),
    );
    expect(missing).toEqual([]);
    // The per-person documents name the person in their entries, allowed or refused.
    const perPerson = entries.filter((x) => x.targetIds.some((t) => t.startsWith('/reports/gdpr/recipients')));
    expect(perPerson.length).toBeGreaterThanOrEqual(10);
    expect(perPerson.every((x) => x.targetIds.includes(personId))).toBe(true);
  });

  it('serves the archive export to ADMIN only, and audits every attempt, allowed, refused or unauthenticated', async () => {
    const expected: { actor: string; outcome: 'OK' | 'FORBIDDEN' | 'UNAUTHENTICATED' }[] = [];
    const wrong: string[] = [];
    for (const role of [...(['VIEWER', 'EDITOR', 'LEGAL', 'ADMIN'] as const), null]) {
      const res = await fetch(`${server.url}/admin/export`, { headers: role ? { authorization: `Bearer ${tokens[role]}` } : {} });
      await res.arrayBuffer();
      const outcome = role === null ? 'UNAUTHENTICATED' : role === 'ADMIN' ? 'OK' : 'FORBIDDEN';
      const status = { OK: 200, FORBIDDEN: 403, UNAUTHENTICATED: 401 }[outcome];
      if (res.status !== status) wrong.push(`${role ?? 'anonymous'} /admin/export: ${res.status}, expected ${status}`);
      expected.push({ actor: role ? tokenName(role) : '(unauthenticated)', outcome });
    }
    expect(wrong).toEqual([]);
    const entries = await auditEntries();
    const missing = expected.filter(
      (e) =>
        !entries.some(
          (x) => x.actor === e.actor && x.outcome === e.outcome && x.operation === 'exportArchive' && x.targetIds.includes('/admin/export'),
        ),
    );
    expect(missing).toEqual([]);
  });

  it('audits mutation attempts without a valid token, and names the identifier a failed look-up was given by its keyed hash', async () => {
    const anonymous = await server.gql(
      'mutation { upsertSource(input: { id: "anon-try", name: "x", kind: DIRECT }) { id } }',
      undefined,
      null,
    );
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const guessed = await server.gql(
      'mutation { upsertSource(input: { id: "guess-try", name: "x", kind: DIRECT }) { id } }',
      undefined,
      'dm_guessed-token-0123456789',
    );
    expect(guessed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const lookup = await server.gql('{ whoReceived(person: { email: "Ghost@Example.com" }) { from } }', undefined, tokens.LEGAL);
    expect(lookup.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const hash = new PersonIdentity(TEST_PERSON_ID_SECRET).identifierId('email', 'ghost@example.com');
    const entries = await auditEntries(200);
    expect(entries).toEqual(
      expect.arrayContaining([
        { actor: '(unauthenticated)', role: null, operation: 'upsertSource', targetIds: ['anon-try'], outcome: 'UNAUTHENTICATED' },
        { actor: '(unauthenticated)', role: null, operation: 'upsertSource', targetIds: ['guess-try'], outcome: 'UNAUTHENTICATED' },
        { actor: 't-legal', role: 'LEGAL', operation: 'whoReceived', targetIds: [hash], outcome: 'NOT_FOUND' },
      ]),
    );
    expect(JSON.stringify(entries)).not.toMatch(/ghost@example\.com/i);
  });

  it('turns away a missing, unknown, revoked or expired token as UNAUTHENTICATED', async () => {
    expect((await server.gql('{ me { name } }', undefined, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await server.gql('{ me { name } }', undefined, 'dm_not-a-token')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const created = await server.gql<{ createApiToken: { token: string } }>(
      'mutation { createApiToken(input: { name: "short-lived", role: EDITOR }) { token } }',
    );
    const secret = created.data!.createApiToken.token;
    expect((await server.gql<{ me: { name: string; role: string } }>('{ me { name role } }', undefined, secret)).data?.me).toEqual({
      name: 'short-lived',
      role: 'EDITOR',
    });
    const revoked = await server.gql<{ revokeApiToken: { revokedAt: string | null } }>(
      'mutation { revokeApiToken(name: "short-lived") { revokedAt } }',
    );
    expect(revoked.data?.revokeApiToken.revokedAt).toEqual(expect.any(String));
    const after = await server.gql('{ me { name } }', undefined, secret);
    expect(after.errors?.[0]).toMatchObject({ message: 'This token has been revoked', extensions: { code: 'UNAUTHENTICATED' } });

    // An expired token: stored as the server would have stored it, with a last day in the past.
    const graph = server.app.get<typeof GRAPH_STORE, GraphStore>(GRAPH_STORE);
    const repo = server.app.get(ApiTokensRepository);
    const expiredSecret = 'dm_expired-secret-for-the-test';
    await graph.write((tx) =>
      repo.create(tx, {
        id: AuthService.hashOf(expiredSecret),
        name: 'expired',
        role: 'LEGAL',
        createdAt: '2024-01-01T00:00:00.000Z',
        lastUsedAt: null,
        expiresOn: '2024-12-31',
        revokedAt: null,
      }),
    );
    const expired = await server.gql('{ me { name } }', undefined, expiredSecret);
    expect(expired.errors?.[0]).toMatchObject({ message: 'This token has expired', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('stores only a hash, returns the secret once and never lists it', async () => {
    const created = await server.gql<{ createApiToken: { token: string; apiToken: { name: string; role: string; expiresOn: string } } }>(
      'mutation { createApiToken(input: { name: "ci-importer", role: EDITOR, expiresOn: "2099-12-31" }) { token apiToken { name role expiresOn } } }',
    );
    const secret = created.data!.createApiToken.token;
    expect(created.data?.createApiToken.apiToken).toEqual({ name: 'ci-importer', role: 'EDITOR', expiresOn: '2099-12-31' });
    const listed = await server.gql<{ apiTokens: { name: string; role: string; createdAt: string; lastUsedAt: string | null }[] }>(
      '{ apiTokens { name role createdAt lastUsedAt expiresOn revokedAt } }',
    );
    expect(listed.data?.apiTokens.map((t) => t.name)).toEqual(expect.arrayContaining(['ci-importer', 't-viewer', 't-editor', 't-legal']));
    expect(JSON.stringify(listed)).not.toContain(secret);
    const graph = server.app.get<typeof GRAPH_STORE, GraphStore>(GRAPH_STORE);
    const stored = await graph.read((tx) => tx.run('MATCH (n:ApiToken) RETURN n.id AS id, n.name AS name, n.role AS role'));
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(stored.find((t) => t.name === 'ci-importer')?.id).toMatch(/^[0-9a-f]{64}$/);

    const again = await server.gql('mutation { createApiToken(input: { name: "ci-importer", role: VIEWER }) { token } }');
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
    const past = await server.gql('mutation { createApiToken(input: { name: "old", role: VIEWER, expiresOn: "2020-01-01" }) { token } }');
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresOn' });
  });

  it('appends an audit entry for every mutation and every person lookup, readable by LEGAL and ADMIN only', async () => {
    const source = await server.gql(
      'mutation { upsertSource(input: { id: "audit-probe", name: "Audit probe", kind: DIRECT }) { id } }',
      undefined,
      tokens.EDITOR,
    );
    expect(source.errors).toBeUndefined();
    const rejected = await server.gql(
      'mutation { upsertSource(input: { id: "Not A Slug", name: "x", kind: DIRECT }) { id } }',
      undefined,
      tokens.EDITOR,
    );
    expect(rejected.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forbidden = await server.gql(
      'mutation { upsertSource(input: { id: "viewer-try", name: "x", kind: DIRECT }) { id } }',
      undefined,
      tokens.VIEWER,
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const lookup = await server.gql('{ whoReceived(person: { email: "nobody@example.com" }) { from } }', undefined, tokens.LEGAL);
    expect(lookup.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const log = await server.gql<{
      auditLog: { actor: string; role: string; operation: string; targetIds: string[]; outcome: string; at: string }[];
    }>('{ auditLog(limit: 1000) { at actor role operation targetIds outcome } }', undefined, tokens.LEGAL);
    expect(log.errors).toBeUndefined();
    const entries = log.data!.auditLog;
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actor: 't-editor',
          role: 'EDITOR',
          operation: 'upsertSource',
          targetIds: ['audit-probe'],
          outcome: 'OK',
        }),
        expect.objectContaining({ actor: 't-editor', operation: 'upsertSource', targetIds: ['Not A Slug'], outcome: 'REJECTED' }),
        expect.objectContaining({
          actor: 't-viewer',
          role: 'VIEWER',
          operation: 'upsertSource',
          targetIds: ['viewer-try'],
          outcome: 'FORBIDDEN',
        }),
        expect.objectContaining({ actor: 't-legal', operation: 'whoReceived', outcome: 'NOT_FOUND' }),
        expect.objectContaining({ actor: 'admin', operation: 'createApiToken', targetIds: ['t-viewer'], outcome: 'OK' }),
      ]),
    );
    expect([...entries.map((e) => e.at)]).toEqual([...entries.map((e) => e.at)].sort().reverse());

    const byActor = await server.gql<{ auditLog: { actor: string }[] }>(
      '{ auditLog(actor: "t-viewer") { actor } }',
      undefined,
      tokens.ADMIN,
    );
    expect(byActor.data?.auditLog.length).toBeGreaterThan(0);
    expect(new Set(byActor.data?.auditLog.map((e) => e.actor))).toEqual(new Set(['t-viewer']));
    const window = await server.gql<{ auditLog: unknown[] }>('{ auditLog(from: "2000-01-01", to: "2000-12-31") { id } }');
    expect(window.data?.auditLog).toEqual([]);
    expect((await server.gql('{ auditLog { id } }', undefined, tokens.EDITOR)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const schema = server.app.get(GraphQLSchemaHost).schema;
    expect(Object.keys(schema.getMutationType()!.getFields()).filter((m) => /audit/i.test(m))).toEqual([]);
  });

  it('audits every one of many concurrent lookups, each entry committed before its answer', async () => {
    const count = async () =>
      (
        await server.gql<{ auditLog: { operation: string }[] }>(
          '{ auditLog(actor: "t-legal", limit: 1000) { operation } }',
          undefined,
          tokens.LEGAL,
        )
      ).data!.auditLog.filter((e) => e.operation === 'whoReceived').length;
    const before = await count();
    const lookup = (i: number) =>
      server.gql(`{ whoReceived(person: { email: "concurrent-${i}@example.com" }) { from } }`, undefined, tokens.LEGAL);
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => lookup(i)));
    expect(answers.map((a) => a.errors?.[0]?.extensions?.code)).toEqual(Array(30).fill('NOT_FOUND'));
    expect(await count()).toBe(before + 30);
    // One more, alone: its entry is there as soon as its answer is.
    await lookup(30);
    expect(await count()).toBe(before + 31);
  });

  it('answers introspection to authenticated callers only', async () => {
    const anonymous = await server.gql('{ __schema { queryType { name } } }', undefined, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeUndefined();
    const viewer = await server.gql<{ __schema: { queryType: { name: string } } }>(
      '{ __schema { queryType { name } } }',
      undefined,
      tokens.VIEWER,
    );
    expect(viewer.data?.__schema.queryType.name).toBe('Query');
  });
});
