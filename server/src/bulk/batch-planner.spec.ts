import type { BulkMembershipRow, BulkPersonRow } from '../graph/repositories/bulk-rows';
import { planBatch, type BatchLookups } from './batch-planner';
import { derivedIds } from './derived-ids';
import type { Parsed } from './line-parser';

/** What the graph holds, as plain maps: the planner's lookups answer from them (no engine). */
interface Graph {
  identifiers: Map<string, string>;
  people: BulkPersonRow[];
  memberships: BulkMembershipRow[];
  transfers: string[];
  optOuts: string[];
}

function lookups(graph: Graph): BatchLookups {
  const has = (list: readonly string[], ids: readonly string[]) => new Set(ids.filter((id) => list.includes(id)));
  return {
    peopleByIdentifiers: (keys) => Promise.resolve(new Map([...graph.identifiers].filter(([k]) => keys.includes(k)))),
    existingPeople: (ids) =>
      Promise.resolve(
        has(
          graph.people.map((p) => p.id),
          ids,
        ),
      ),
    peopleByIds: (ids) => Promise.resolve(graph.people.filter((p) => ids.includes(p.id))),
    membershipsOf: (ids) => Promise.resolve(graph.memberships.filter((m) => ids.includes(m.personId))),
    existingTransfers: (ids) => Promise.resolve(has(graph.transfers, ids)),
    existingOptOuts: (ids) => Promise.resolve(has(graph.optOuts, ids)),
  };
}

const alice: BulkPersonRow = {
  id: 'p-alice',
  display: 'a***@x.org',
  californiaResident: true,
  relationshipSince: '2020-01-01',
  lastPurchaseOn: null,
};
const graph = (): Graph => ({
  identifiers: new Map([
    ['email:alice', 'p-alice'],
    ['externalId:bob', 'p-bob'],
  ]),
  people: [alice, { ...alice, id: 'p-bob', display: 'bo***' }],
  memberships: [{ personId: 'p-alice', segmentId: 'customers', since: '2020-01-01', until: null }],
  transfers: ['t-old'],
  optOuts: [],
});

const person = (line: number, keys: [string, string][], input: Partial<Extract<Parsed, { kind: 'person' }>['input']> = {}): Parsed => ({
  kind: 'person',
  line,
  input: { ...input },
  identifiers: keys.map(([kind, value]) => ({ kind: kind === 'email' ? 'email' : 'externalId', value, key: `${kind}:${value}` })),
});
const transfer = (line: number, id: string, refs: string[]): Parsed => ({
  kind: 'transfer',
  line,
  id,
  input: { recipientId: 'r', categoryIds: ['c'], use: 'ON_OUR_BEHALF', occurredOn: '2025-01-01' },
  refs: refs.map((r) => (r.startsWith('id:') ? r : `externalId:${r}`)),
});

describe('batch planner', () => {
  it('creates a new person under an id derived from the preferred identifier, with its identifiers', async () => {
    const plan = await planBatch(
      [
        person(1, [
          ['externalId', 'carol'],
          ['email', 'carol@x.org'],
        ]),
      ],
      lookups(graph()),
    );
    const id = derivedIds.person('email:carol@x.org');
    expect(plan.create.people).toEqual([
      { id, display: 'c***@x.org', californiaResident: null, relationshipSince: null, lastPurchaseOn: null },
    ]);
    expect(plan.create.identifiers.map((i) => [i.id, i.personId])).toEqual([
      ['externalId:carol', id],
      ['email:carol@x.org', id],
    ]);
    expect(plan.counts).toMatchObject({ peopleCreated: 1, peopleUpdated: 0, rowsWritten: 3 });
  });

  it.each<[string, Partial<BulkPersonRow>, number]>([
    ['a changed fact updates the stored person', { lastPurchaseOn: '2025-02-02' }, 1],
    ['the same facts update nothing', { californiaResident: true }, 0],
  ])('%s', async (_name, facts, updates) => {
    const plan = await planBatch([person(1, [['email', 'alice']], facts)], lookups(graph()));
    expect(plan.updatedPeople).toHaveLength(updates);
    if (updates) expect(plan.updatedPeople[0]).toEqual({ ...alice, ...facts });
    expect(plan.create.people).toEqual([]);
  });

  it('rejects identifiers of two different people as a CONFLICT and plans nothing for the line', async () => {
    const plan = await planBatch(
      [
        person(4, [
          ['email', 'alice'],
          ['externalId', 'bob'],
        ]),
      ],
      lookups(graph()),
    );
    expect(plan.rejections).toEqual([
      { line: 4, code: 'CONFLICT', field: 'email', reason: 'email: these identifiers belong to different people' },
    ]);
    expect(plan.counts.rowsWritten).toBe(0);
  });

  it('resolves transfers against the graph and the batch, once per person, and reports the first unknown reference', async () => {
    const batch = [
      person(1, [['externalId', 'dan']]),
      transfer(2, 't-new', ['bob', 'dan', 'bob', 'id:p-alice']),
      transfer(3, 't-bad', ['bob', 'nobody']),
      transfer(4, 't-old', ['bob']),
      transfer(5, 't-new', ['bob']),
    ];
    const plan = await planBatch(batch, lookups(graph()));
    expect(plan.create.transfers.map((t) => [t.id, t.personIds])).toEqual([
      ['t-new', ['p-bob', derivedIds.person('externalId:dan'), 'p-alice']],
    ]);
    expect(plan.rejections).toEqual([
      { line: 3, code: 'NOT_FOUND', field: 'people[1]', reason: 'people[1]: no person with this identifier' },
    ]);
    expect(plan.counts).toMatchObject({ transfersCreated: 1, transferPeopleCreated: 3, alreadyPresent: 2 });
  });

  it('adds a new membership, changes a known one only in its until, and rejects one for nobody', async () => {
    const batch: Parsed[] = [
      person(1, [['email', 'alice']], {
        memberships: [
          { segmentId: 'customers', since: '2020-01-01', until: '2024-12-31' },
          { segmentId: 'prospects', since: '2019-01-01', until: null },
        ],
      }),
      {
        kind: 'membership',
        line: 2,
        input: { person: {}, segmentId: 'customers', since: '2021-01-01' },
        ref: 'id:p-none',
      },
    ];
    const plan = await planBatch(batch, lookups(graph()));
    expect(plan.untilChanges).toEqual([{ personId: 'p-alice', segmentId: 'customers', since: '2020-01-01', until: '2024-12-31' }]);
    expect(plan.create.memberships).toEqual([{ personId: 'p-alice', segmentId: 'prospects', since: '2019-01-01', until: null }]);
    expect(plan.rejections.map((r) => [r.line, r.code, r.field])).toEqual([[2, 'NOT_FOUND', 'person']]);
    expect(plan.counts).toMatchObject({ membershipsCreated: 1, membershipsUpdated: 1 });
  });

  it('derives opt-out ids from their content, so a repeat in the batch or the graph is already present', async () => {
    const optOut = (line: number): Parsed => ({
      kind: 'optOut',
      line,
      input: { person: {}, scope: 'DIRECT_MARKETING', effectiveOn: '2025-01-01' },
      ref: 'externalId:bob',
    });
    const first = await planBatch([optOut(1), optOut(2)], lookups(graph()));
    expect(first.create.optOuts).toEqual([
      {
        id: derivedIds.optOut('p-bob', 'DIRECT_MARKETING', '2025-01-01'),
        personId: 'p-bob',
        scope: 'DIRECT_MARKETING',
        effectiveOn: '2025-01-01',
        channel: null,
      },
    ]);
    expect(first.counts).toMatchObject({ optOutsCreated: 1, alreadyPresent: 1 });
    const again = await planBatch([optOut(1)], lookups({ ...graph(), optOuts: [first.create.optOuts[0].id] }));
    expect(again.counts).toMatchObject({ optOutsCreated: 0, alreadyPresent: 1, rowsWritten: 0 });
  });
});
