/**
 * The bulk importer's batch planner: a batch of parsed lines and what the graph already holds (asked through
 * BatchLookups) → the rows to write, the lines rejected and the counts. No writes and no engine of its own: the unit
 * tests give it lookups over plain maps.
 */
import { AppError } from '../common/app-error';
import {
  bulkRowCount,
  emptyBulkCreate,
  type BulkCreate,
  type BulkMembershipRow,
  type BulkPersonRow,
  type BulkTransferRow,
} from '../graph/repositories/bulk-rows';
import { factsChanged, mergePerson, PersonNotFoundError, preferredIdentifier, requirePeople, singleMatch } from '../people/person-rules';
import { zeroCounts, type ImportCounts } from './import-counts';
import { derivedIds } from './derived-ids';
import { personIdOf, rejectionOf, type Parsed, type RefKey, type Rejection } from './line-parser';
import type { ResolvedRequestLine } from './request-lines';

/** What the planner needs to know of the graph (BulkRepository's reads, bound to the batch's unit of work). */
export interface BatchLookups {
  /** Identifier id → the person it identifies, for the ids known. */
  peopleByIdentifiers(identifierIds: readonly string[]): Promise<Map<string, string>>;
  /** Which of these person ids exist. */
  existingPeople(ids: readonly string[]): Promise<Set<string>>;
  peopleByIds(ids: readonly string[]): Promise<BulkPersonRow[]>;
  membershipsOf(personIds: readonly string[]): Promise<BulkMembershipRow[]>;
  existingTransfers(ids: readonly string[]): Promise<Set<string>>;
  existingOptOuts(ids: readonly string[]): Promise<Set<string>>;
}

/** One batch's writes, in the order the service applies them, and what they count. */
export interface BatchPlan {
  updatedPeople: BulkPersonRow[];
  untilChanges: BulkMembershipRow[];
  create: BulkCreate;
  /** Every transfer the batch names, new or already recorded (the batch mutation answers with it). */
  transfers: BulkTransferRow[];
  /** Request lines, recorded after the rest is written (their rule reads the graph). */
  requests: ResolvedRequestLine[];
  rejections: Rejection[];
  counts: ImportCounts;
}

const REJECTED = Symbol('rejected');
const membershipKey = (m: BulkMembershipRow) => `${m.personId}|${m.segmentId}|${m.since}`;
const refsOf = (p: Parsed): readonly RefKey[] =>
  p.kind === 'person' ? p.identifiers.map((i) => i.key) : p.kind === 'transfer' ? p.refs : [p.ref];

export async function planBatch(batch: readonly Parsed[], look: BatchLookups): Promise<BatchPlan> {
  const counts = zeroCounts();
  const rejections: Rejection[] = [];
  const rejectLine = (line: number, error: AppError) => rejections.push(rejectionOf(line, error));
  /** A rule that throws rejects its line (a rule's AppError only: anything else is a fault and stops the import). */
  const attempt = <T>(line: number, rule: () => T): T | typeof REJECTED => {
    try {
      return rule();
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      rejectLine(line, error);
      return REJECTED;
    }
  };
  const create = emptyBulkCreate();

  // Who is who: every identifier named anywhere in the batch, looked up once.
  const identifierKeys: string[] = [];
  const idRefs: string[] = [];
  for (const p of batch) {
    for (const key of refsOf(p)) {
      const personId = personIdOf(key);
      if (personId === null) identifierKeys.push(key);
      else idRefs.push(personId);
    }
  }
  const personOf = await look.peopleByIdentifiers(identifierKeys);
  const existingIds = await look.existingPeople(idRefs);
  // Stored facts are needed only for the people this batch upserts (to merge what a line leaves out).
  const upserted = batch.flatMap((p) => (p.kind === 'person' ? p.identifiers.map((i) => personOf.get(i.key)) : []));
  const stored = new Map((await look.peopleByIds(upserted.filter((id): id is string => id !== undefined))).map((p) => [p.id, p]));
  const created = new Map<string, BulkPersonRow>();
  const updated = new Map<string, BulkPersonRow>();
  const resolve = (key: RefKey): string | undefined => {
    const personId = personIdOf(key);
    if (personId === null) return personOf.get(key);
    return existingIds.has(personId) || created.has(personId) ? personId : undefined;
  };

  const memberships: BulkMembershipRow[] = [];
  for (const p of batch) {
    if (p.kind !== 'person') continue;
    const matches = [...new Set(p.identifiers.map((i) => personOf.get(i.key)).filter((id): id is string => id !== undefined))];
    const match = attempt(p.line, () => singleMatch(matches, p.identifiers));
    if (match === REJECTED) continue;
    const preferred = preferredIdentifier(p.identifiers);
    const personId = match ?? derivedIds.person(preferred.key);
    const before = stored.get(personId);
    const record = mergePerson(personId, preferred, created.get(personId) ?? updated.get(personId) ?? before ?? null, p.input);
    if (before) {
      if (factsChanged(before, record) || updated.has(personId)) updated.set(personId, record);
    } else created.set(personId, record);
    for (const i of p.identifiers) {
      if (!personOf.has(i.key)) {
        personOf.set(i.key, personId);
        create.identifiers.push({ id: i.key, kind: i.kind, personId });
      }
    }
    for (const m of p.input.memberships ?? [])
      memberships.push({ personId, segmentId: m.segmentId, since: m.since, until: m.until ?? null });
  }
  create.people = [...created.values()];
  counts.peopleCreated += created.size;
  counts.peopleUpdated += updated.size;

  for (const p of batch) {
    if (p.kind !== 'membership') continue;
    const personId = resolve(p.ref);
    if (!personId) rejectLine(p.line, new PersonNotFoundError('person'));
    else memberships.push({ personId, segmentId: p.input.segmentId, since: p.input.since, until: p.input.until ?? null });
  }
  // Memberships are keyed by (person, segment, since): a new key is added, a known one gets its until.
  const current = new Map(
    (await look.membershipsOf(memberships.map((m) => m.personId).filter((id) => !created.has(id)))).map((m) => [membershipKey(m), m]),
  );
  const wanted = new Map(memberships.map((m) => [membershipKey(m), m]));
  const untilChanges: BulkMembershipRow[] = [];
  for (const [key, m] of wanted) {
    const have = current.get(key);
    if (!have) create.memberships.push(m);
    else if (have.until !== m.until) untilChanges.push(m);
  }
  counts.membershipsCreated += create.memberships.length;
  counts.membershipsUpdated += untilChanges.length;

  const transfers: BulkTransferRow[] = [];
  for (const p of batch) {
    if (p.kind !== 'transfer') continue;
    const personIds = attempt(p.line, () => requirePeople(p.refs, resolve, (index) => `people[${index}]`));
    if (personIds === REJECTED) continue;
    const t = p.input;
    transfers.push({
      id: p.id,
      occurredOn: t.occurredOn,
      use: t.use,
      recipientId: t.recipientId,
      categoryIds: t.categoryIds,
      purposeIds: t.purposeIds ?? [],
      personIds,
    });
  }
  const presentTransfers = await look.existingTransfers(transfers.map((t) => t.id));
  const seenTransfers = new Set<string>();
  for (const t of transfers) {
    if (presentTransfers.has(t.id) || seenTransfers.has(t.id)) {
      counts.alreadyPresent += 1;
      continue;
    }
    seenTransfers.add(t.id);
    create.transfers.push(t);
    counts.transfersCreated += 1;
    counts.transferPeopleCreated += t.personIds.length;
  }

  const optOuts = batch.flatMap((p) => {
    if (p.kind !== 'optOut') return [];
    const personId = resolve(p.ref);
    if (!personId) {
      rejectLine(p.line, new PersonNotFoundError('person'));
      return [];
    }
    const { scope, effectiveOn, channel } = p.input;
    return [{ id: derivedIds.optOut(personId, scope, effectiveOn), personId, scope, effectiveOn, channel: channel ?? null }];
  });
  const presentOptOuts = await look.existingOptOuts(optOuts.map((o) => o.id));
  const seenOptOuts = new Set<string>();
  for (const o of optOuts) {
    if (presentOptOuts.has(o.id) || seenOptOuts.has(o.id)) counts.alreadyPresent += 1;
    else {
      seenOptOuts.add(o.id);
      create.optOuts.push(o);
    }
  }
  counts.optOutsCreated += create.optOuts.length;
  counts.rowsWritten += bulkRowCount(create) + updated.size + untilChanges.length;

  const requests = batch.flatMap((p) => (p.kind === 'request' ? [{ line: p.line, input: p.input, personId: resolve(p.ref) }] : []));
  return { updatedPeople: [...updated.values()], untilChanges, create, transfers, requests, rejections, counts };
}
