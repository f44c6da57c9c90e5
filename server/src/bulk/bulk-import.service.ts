// Why so long: the streaming importer of every line kind; issue 16 item 1 splits it into a parser, a planner and a service.
import { createHash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { Inject, Injectable } from '@nestjs/common';
import { PERSON_IDENTIFIER_KINDS, type PersonIdentifierKind } from '@disclosure-map/graph-schema';
import { AppError, AppErrorCode, badInput, conflictOn } from '../common/app-error';
import { requireOrderedDates } from '../common/references';
import type { Catalog } from '../catalog/catalog';
import { CatalogService } from '../catalog/catalog.service';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../graph/graph-store';
import { BulkRepository } from '../graph/repositories/bulk.repository';
import {
  bulkRowCount,
  emptyBulkCreate,
  type BulkMembershipRow,
  type BulkPersonRow,
  type BulkTransferRow,
} from '../graph/repositories/bulk-rows';
import { OptOutInput, PersonInput, type PersonRef, TransferInput } from '../people/dto/people.inputs';
import { maskIdentifier, normaliseIdentifier, PERSON_IDENTITY, type PersonIdentity } from '../people/person-identity';
import { namedIdentifier } from '../people/person-ref';
import { readLines, type InputLine, type ReadPosition } from './bulk-lines';
import { BULK_LINE_KINDS, type BulkLineKind, MembershipLine } from './dto/bulk-line.inputs';
import { ProgressBar } from './progress';
import { recordRequestLines } from './request-lines';
import { requireDates, validatedLine } from './validate-line';
import { TransferEventsService } from '../webhooks/transfer-events.service';
import { RequestInput } from '../requests/dto/request.inputs';
import { RequestsService } from '../requests/requests.service';

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 24);

/** Ids derived from content, so importing the same line again finds what the first import created. */
export const derivedIds = {
  person: (identifierId: string) => `person-${shortHash(identifierId)}`,
  transfer: (t: TransferInput) =>
    `transfer-${shortHash(JSON.stringify([t.recipientId, t.occurredOn, t.use, t.categoryIds, t.purposeIds ?? [], t.people]))}`,
  optOut: (personId: string, scope: string, effectiveOn: string) => `optout-${shortHash(`${personId}|${scope}|${effectiveOn}`)}`,
  request: (personId: string, r: RequestInput) =>
    `request-${shortHash(JSON.stringify([personId, r.kind, r.receivedOn, r.channel, r.designatedChannel ?? true]))}`,
};

/** Ids of the inventory a line may name, loaded once per import. */
type KnownIds = Record<'Segment' | 'Recipient' | 'DataCategory' | 'Purpose', Set<string>>;

function knownIds(catalog: Catalog): KnownIds {
  return {
    Segment: new Set(catalog.segments.keys()),
    Recipient: new Set(catalog.recipients.keys()),
    DataCategory: new Set(catalog.categories.keys()),
    Purpose: new Set(catalog.purposes.keys()),
  };
}

type Ref = { kind: PersonIdentifierKind | 'id'; value: string; key: string };

type Parsed =
  | { kind: 'person'; line: number; input: PersonInput; identifiers: (Ref & { kind: PersonIdentifierKind })[] }
  | { kind: 'membership'; line: number; input: MembershipLine; ref: Ref }
  | { kind: 'transfer'; line: number; input: TransferInput; refs: Ref[] }
  | { kind: 'optOut'; line: number; input: OptOutInput; ref: Ref }
  | { kind: 'request'; line: number; input: RequestInput; ref: Ref };

export interface Rejection {
  line: number;
  code: AppErrorCode;
  field: string | null;
  reason: string;
}

export interface ImportCounts {
  lines: number;
  accepted: number;
  rejected: number;
  /** Lines whose transfer or opt-out was already in the graph (a re-run). */
  alreadyPresent: number;
  peopleCreated: number;
  peopleUpdated: number;
  membershipsCreated: number;
  membershipsUpdated: number;
  transfersCreated: number;
  /** Person–transfer rows (INCLUDED_IN relationships) created. */
  transferPeopleCreated: number;
  optOutsCreated: number;
  requestsCreated: number;
  /** Every node and relationship row written. */
  rowsWritten: number;
}

export interface ImportSummary extends ImportCounts {
  file: string;
  engine: string;
  seconds: number;
  rowsPerSecond: number;
  transferPeoplePerSecond: number;
  rejectsFile: string | null;
}

export interface ImportOptions {
  /** Lines per unit of work (default 20,000 embedded, 5,000 Neo4j). */
  batchLines?: number;
  /** Person–transfer rows per unit of work (default 200,000 embedded, 50,000 Neo4j). */
  batchTransferPeople?: number;
  rejectsFile?: string | null;
  progress?: boolean;
}

const zeroCounts = (): ImportCounts => ({
  lines: 0,
  accepted: 0,
  rejected: 0,
  alreadyPresent: 0,
  peopleCreated: 0,
  peopleUpdated: 0,
  membershipsCreated: 0,
  membershipsUpdated: 0,
  transfersCreated: 0,
  transferPeopleCreated: 0,
  optOutsCreated: 0,
  requestsCreated: 0,
  rowsWritten: 0,
});

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * Bulk ingest of people, memberships, transfers (with their people) and
 * opt-outs: lines are validated one by one with the API's rules, collected
 * into large batches, and each batch is written in one unit of work through
 * the engine's bulk path. Ids derive from content, so a re-run adds nothing.
 */
@Injectable()
export class BulkImportService {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    @Inject(PERSON_IDENTITY) private readonly identity: PersonIdentity,
    private readonly repo: BulkRepository,
    private readonly catalogs: CatalogService,
    private readonly transferEvents: TransferEventsService,
    private readonly requests: RequestsService,
  ) {}

  async importFile(path: string, options: ImportOptions = {}): Promise<ImportSummary> {
    const position: ReadPosition = { bytes: 0, total: 0 };
    const rejectsFile = options.rejectsFile === undefined ? `${path}.rejects.ndjson` : options.rejectsFile;
    let rejects: WriteStream | null = null;
    const bar = options.progress ? new ProgressBar('import') : null;
    const report = async (r: Rejection) => {
      if (!rejectsFile) return;
      rejects ??= createWriteStream(rejectsFile);
      if (!rejects.write(JSON.stringify(r) + '\n')) await once(rejects, 'drain');
    };
    const started = Date.now();
    try {
      const counts = await this.importLines(readLines(path, position), options, report, (c) =>
        bar?.update(position.bytes, position.total, c.rowsWritten),
      );
      bar?.update(position.total, position.total, counts.rowsWritten, true);
      const seconds = (Date.now() - started) / 1000;
      return {
        file: path,
        engine: this.graph.engine,
        ...counts,
        seconds,
        rowsPerSecond: counts.rowsWritten / seconds,
        transferPeoplePerSecond: counts.transferPeopleCreated / seconds,
        rejectsFile: counts.rejected ? rejectsFile : null,
      };
    } finally {
      bar?.done();
      const open = rejects as WriteStream | null;
      if (open) {
        open.end();
        await once(open, 'finish');
      }
    }
  }

  /** The streaming core: constant memory (one batch at a time) whatever the input's length. */
  async importLines(
    lines: AsyncIterable<InputLine>,
    options: ImportOptions,
    reject: (r: Rejection) => Promise<void>,
    onBatch: (counts: ImportCounts) => void = () => undefined,
  ): Promise<ImportCounts> {
    // COPY FROM favours big batches; on Neo4j a batch must stay well inside the server's transaction timeout.
    const neo4j = this.graph.engine === 'neo4j';
    const batchLines = options.batchLines ?? (neo4j ? 5_000 : 20_000);
    const batchPeople = options.batchTransferPeople ?? (neo4j ? 50_000 : 200_000);
    const catalog = await this.graph.read((tx) => this.catalogs.load(tx));
    const known = knownIds(catalog);
    const counts = zeroCounts();
    let batch: Parsed[] = [];
    let batchRejections: Rejection[] = [];
    let batchTransferPeople = 0;
    // The previous batch's unit of work. Batches are written one after the other (a batch may name people the one
    // before created), but the next batch is read and validated while the engine writes this one: on the embedded
    // engine the COPY and the checkpoint run off the JavaScript thread, so the two overlap.
    let writing: Promise<void> = Promise.resolve();
    const flush = async () => {
      if (!batch.length && !batchRejections.length) return;
      const lines = batch;
      const unreadable = batchRejections;
      batch = [];
      batchRejections = [];
      batchTransferPeople = 0;
      await writing;
      const write = (async () => {
        const rejected = lines.length ? await this.writeBatch(lines, counts) : [];
        // A batch's rejections in line order, whether the line failed validation or its write.
        for (const r of [...unreadable, ...rejected].sort((a, b) => a.line - b.line)) await reject(r);
        counts.rejected += rejected.length;
        counts.accepted += lines.length - rejected.length;
        if (lines.length) onBatch(counts);
      })();
      // Awaited at the next flush; marked handled now so a failure while the next batch is read is not "unhandled".
      write.catch(() => undefined);
      writing = write;
    };
    try {
      for await (const item of lines) {
        counts.lines += 1;
        const rejection = await this.parseInto(batch, item, known);
        if (rejection) {
          counts.rejected += 1;
          batchRejections.push(rejection);
        } else {
          const parsed = batch[batch.length - 1];
          if (parsed.kind === 'transfer') batchTransferPeople += parsed.refs.length;
        }
        if (batch.length + batchRejections.length >= batchLines || batchTransferPeople >= batchPeople) await flush();
      }
      await flush();
    } catch (error) {
      // Not while a batch is still being written: the caller may close the store next.
      await writing.catch(() => undefined);
      throw error;
    }
    await writing;
    // Batches may have been kept in memory by the engine (see GraphStore.writeBulk): on disk before this returns.
    await this.graph.flushBulk();
    return counts;
  }

  /** Validates one input line and adds it to the batch, or says why it is rejected. */
  private async parseInto(batch: Parsed[], item: InputLine, known: KnownIds): Promise<Rejection | null> {
    if (item.error !== null || item.value === null) {
      return { line: item.line, code: AppErrorCode.BAD_USER_INPUT, field: null, reason: item.error ?? 'empty' };
    }
    try {
      batch.push(await this.parse(item.line, item.value, known));
      return null;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return { line: item.line, code: error.code, field: error.field ?? null, reason: error.message };
    }
  }

  /**
   * One transfer naming up to 10,000 people, through the bulk path: the people
   * are resolved in one lookup and linked in one statement. Recording the same
   * transfer again (same id, or same content without an id) changes nothing.
   */
  async recordTransferBatch(input: TransferInput): Promise<{ view: BulkTransferRow; created: boolean }> {
    return this.graph.write(async (tx) => {
      const catalog = await this.catalogs.load(tx);
      const known = knownIds(catalog);
      this.requireKnown(known.Recipient, input.recipientId, 'recipientId', 'Recipient');
      this.requireKnown(known.DataCategory, input.categoryIds, 'categoryIds', 'DataCategory');
      this.requireKnown(known.Purpose, input.purposeIds, 'purposeIds', 'Purpose');
      const parsed: Parsed = { kind: 'transfer', line: 1, input, refs: input.people.map((p, i) => this.ref(p, `people[${i}]`)) };
      const counts = zeroCounts();
      const transfers: BulkTransferRow[] = [];
      const [rejection] = await this.applyBatch(tx, [parsed], counts, transfers);
      if (rejection) throw new AppError(rejection.code, rejection.reason, rejection.field ?? undefined);
      const created = counts.transfersCreated === 1;
      if (created) await this.transferEvents.transferRecorded(tx, transfers[0], transfers[0].personIds);
      return { view: transfers[0], created };
    });
  }

  private ref(ref: PersonRef, field: string): Ref {
    const { kind, value } = namedIdentifier(ref, field);
    if (kind === 'id') return { kind, value, key: `id:${value}` };
    return { kind, value, key: this.identity.identifierId(kind, value) };
  }

  private requireKnown(set: Set<string>, ids: readonly string[] | string | null | undefined, field: string, label: string): void {
    if (ids === null || ids === undefined) return;
    const list = typeof ids === 'string' ? [ids] : ids;
    const index = list.findIndex((id) => !set.has(id));
    if (index >= 0) throw badInput(typeof ids === 'string' ? field : `${field}[${index}]`, `no ${label} with id "${list[index]}"`);
  }

  /** One line, checked as the API checks the same input (everything but the people it names, resolved per batch). */
  private async parse(line: number, value: Record<string, unknown>, known: KnownIds): Promise<Parsed> {
    const { kind, ...plain } = value;
    if (typeof kind !== 'string' || !(BULK_LINE_KINDS as readonly string[]).includes(kind)) {
      throw badInput('kind', `must be one of ${BULK_LINE_KINDS.join(', ')}`);
    }
    switch (kind as BulkLineKind) {
      case 'person': {
        const input = await validatedLine(PersonInput, plain);
        const identifiers = PERSON_IDENTIFIER_KINDS.filter((k) => input[k] !== null && input[k] !== undefined).map((k) => {
          const v = input[k] as string;
          if (normaliseIdentifier(k, v) === '') throw badInput(k, 'must not be empty');
          if (k === 'email' && !EMAIL.test(normaliseIdentifier('email', v))) throw badInput('email', 'must be an email address');
          return { kind: k, value: v, key: this.identity.identifierId(k, v) };
        });
        if (!identifiers.length) throw badInput('email', 'a person needs at least one identifier: email, phone or externalId');
        for (const [i, m] of (input.memberships ?? []).entries()) {
          if (!m.since) throw badInput(`memberships[${i}].since`, 'is required');
          requireOrderedDates(m.since, m.until, `memberships[${i}].until`, 'since');
          this.requireKnown(known.Segment, m.segmentId, `memberships[${i}].segmentId`, 'Segment');
        }
        return { kind: 'person', line, input, identifiers };
      }
      case 'membership': {
        requireDates(plain, ['since']);
        const input = await validatedLine(MembershipLine, plain);
        requireOrderedDates(input.since, input.until, 'until', 'since');
        this.requireKnown(known.Segment, input.segmentId, 'segmentId', 'Segment');
        return { kind: 'membership', line, input, ref: this.ref(input.person, 'person') };
      }
      case 'transfer': {
        requireDates(plain, ['occurredOn']);
        const input = await validatedLine(TransferInput, plain);
        this.requireKnown(known.Recipient, input.recipientId, 'recipientId', 'Recipient');
        this.requireKnown(known.DataCategory, input.categoryIds, 'categoryIds', 'DataCategory');
        this.requireKnown(known.Purpose, input.purposeIds, 'purposeIds', 'Purpose');
        return { kind: 'transfer', line, input, refs: input.people.map((p, i) => this.ref(p, `people[${i}]`)) };
      }
      case 'optOut': {
        requireDates(plain, ['effectiveOn']);
        const input = await validatedLine(OptOutInput, plain);
        return { kind: 'optOut', line, input, ref: this.ref(input.person, 'person') };
      }
      case 'request': {
        // The line's `kind` says what the line is; the request's own kind is `requestKind`.
        const { requestKind, ...rest } = plain;
        requireDates(rest, ['receivedOn']);
        const input = await validatedLine(RequestInput, { ...rest, kind: requestKind }).catch((error: unknown) => {
          throw error instanceof AppError && error.field === 'kind' ? badInput('requestKind', error.message.replace(/^kind: /, '')) : error;
        });
        return { kind: 'request', line, input, ref: this.ref(input.person, 'person') };
      }
      default: {
        const unknown: never = kind as never;
        throw badInput('kind', `unknown kind ${String(unknown)}`);
      }
    }
  }

  /**
   * Resolves, deduplicates and writes one batch in one unit of work; returns the lines it rejected. A bulk unit:
   * the engine may keep several batches in memory before writing them to disk together (all by the end of the import).
   */
  private writeBatch(batch: Parsed[], counts: ImportCounts): Promise<Rejection[]> {
    return this.graph.writeBulk(async (tx) => {
      const local = zeroCounts();
      const rejections = await this.applyBatch(tx, batch, local);
      for (const k of Object.keys(local) as (keyof ImportCounts)[]) counts[k] += local[k];
      return rejections;
    });
  }

  private async applyBatch(tx: GraphTx, batch: Parsed[], counts: ImportCounts, resolved: BulkTransferRow[] = []): Promise<Rejection[]> {
    const rejections: Rejection[] = [];
    const rejectLine = (line: number, error: AppError) =>
      rejections.push({ line, code: error.code, field: error.field ?? null, reason: error.message });
    const create = emptyBulkCreate();

    // Who is who: every identifier named anywhere in the batch, looked up once.
    const identifierKeys: string[] = [];
    const idRefs: string[] = [];
    for (const p of batch) {
      const refs = p.kind === 'person' ? p.identifiers : p.kind === 'transfer' ? p.refs : [p.ref];
      for (const r of refs) {
        if (r.kind === 'id') idRefs.push(r.value);
        else identifierKeys.push(r.key);
      }
    }
    const personOf = await this.repo.peopleByIdentifiers(tx, identifierKeys);
    const existingIds = await this.repo.existingPeople(tx, idRefs);
    // Stored facts are needed only for the people this batch upserts (to merge what a line leaves out).
    const upserted = batch.flatMap((p) => (p.kind === 'person' ? p.identifiers.map((i) => personOf.get(i.key)) : []));
    const stored = new Map(
      (
        await this.repo.peopleByIds(
          tx,
          upserted.filter((id): id is string => id !== undefined),
        )
      ).map((p) => [p.id, p]),
    );
    const created = new Map<string, BulkPersonRow>();
    const updated = new Map<string, BulkPersonRow>();
    const resolve = (r: Ref): string | undefined =>
      r.kind === 'id' ? (existingIds.has(r.value) || created.has(r.value) ? r.value : undefined) : personOf.get(r.key);

    const memberships: BulkMembershipRow[] = [];
    for (const p of batch.filter((x) => x.kind === 'person')) {
      const matches = [...new Set(p.identifiers.map((i) => personOf.get(i.key)).filter((id): id is string => id !== undefined))];
      if (matches.length > 1) {
        rejectLine(p.line, conflictOn(p.identifiers[0].kind, 'these identifiers belong to different people'));
        continue;
      }
      const preferred = p.identifiers.find((i) => i.kind === 'email') ?? p.identifiers.find((i) => i.kind === 'phone') ?? p.identifiers[0];
      const personId = matches[0] ?? derivedIds.person(preferred.key);
      const given = {
        californiaResident: p.input.californiaResident,
        relationshipSince: p.input.relationshipSince,
        lastPurchaseOn: p.input.lastPurchaseOn,
      };
      const base = created.get(personId) ??
        updated.get(personId) ??
        stored.get(personId) ?? {
          id: personId,
          display: maskIdentifier(preferred.kind, normaliseIdentifier(preferred.kind, preferred.value)),
          californiaResident: null,
          relationshipSince: null,
          lastPurchaseOn: null,
        };
      const record: BulkPersonRow = { ...base };
      for (const [k, v] of Object.entries(given) as [keyof typeof given, string | boolean | null | undefined][]) {
        if (v !== undefined) (record as unknown as Record<string, unknown>)[k] = v;
      }
      if (stored.has(personId)) {
        const before = stored.get(personId) as BulkPersonRow;
        const changed = (Object.keys(given) as (keyof typeof given)[]).some((k) => record[k] !== before[k]);
        if (changed || updated.has(personId)) updated.set(personId, record);
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
      if (!personId) rejectLine(p.line, notFoundPerson('person'));
      else memberships.push({ personId, segmentId: p.input.segmentId, since: p.input.since, until: p.input.until ?? null });
    }
    // Memberships are keyed by (person, segment, since): a new key is added, a known one gets its until.
    const current = new Map(
      (
        await this.repo.membershipsOf(
          tx,
          memberships.map((m) => m.personId).filter((id) => !created.has(id)),
        )
      ).map((m) => [`${m.personId}|${m.segmentId}|${m.since}`, m]),
    );
    const wanted = new Map(memberships.map((m) => [`${m.personId}|${m.segmentId}|${m.since}`, m]));
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
      const personIds: string[] = [];
      const missing = p.refs.findIndex((r) => {
        const id = resolve(r);
        if (id && !personIds.includes(id)) personIds.push(id);
        return id === undefined;
      });
      if (missing >= 0) {
        rejectLine(p.line, notFoundPerson(`people[${missing}]`));
        continue;
      }
      const t = p.input;
      transfers.push({
        id: t.id ?? derivedIds.transfer(t),
        occurredOn: t.occurredOn,
        use: t.use,
        recipientId: t.recipientId,
        categoryIds: t.categoryIds,
        purposeIds: t.purposeIds ?? [],
        personIds,
      });
    }
    const presentTransfers = await this.repo.existingTransfers(
      tx,
      transfers.map((t) => t.id),
    );
    const seenTransfers = new Set<string>();
    for (const t of transfers) {
      resolved.push(t);
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
        rejectLine(p.line, notFoundPerson('person'));
        return [];
      }
      const { scope, effectiveOn, channel } = p.input;
      return [{ id: derivedIds.optOut(personId, scope, effectiveOn), personId, scope, effectiveOn, channel: channel ?? null }];
    });
    const presentOptOuts = await this.repo.existingOptOuts(
      tx,
      optOuts.map((o) => o.id),
    );
    const seenOptOuts = new Set<string>();
    for (const o of optOuts) {
      if (presentOptOuts.has(o.id) || seenOptOuts.has(o.id)) counts.alreadyPresent += 1;
      else {
        seenOptOuts.add(o.id);
        create.optOuts.push(o);
      }
    }
    counts.optOutsCreated += create.optOuts.length;

    await this.repo.updatePeople(tx, [...updated.values()]);
    await this.repo.setMembershipsUntil(tx, untilChanges);
    await this.repo.create(tx, create);
    counts.rowsWritten += bulkRowCount(create) + updated.size + untilChanges.length;

    // Requests last: the people this batch created exist by now.
    const requestLines = batch.flatMap((p) => (p.kind === 'request' ? [{ line: p.line, input: p.input, personId: resolve(p.ref) }] : []));
    const recorded = await recordRequestLines(tx, requestLines, this.requests, derivedIds.request, rejectLine, () =>
      notFoundPerson('person'),
    );
    counts.requestsCreated += recorded.created;
    counts.alreadyPresent += recorded.alreadyPresent;
    counts.rowsWritten += recorded.created * 2;
    return rejections.sort((a, b) => a.line - b.line);
  }
}

function notFoundPerson(field: string): AppError {
  return new AppError(AppErrorCode.NOT_FOUND, `${field}: no person with this identifier`, field);
}
