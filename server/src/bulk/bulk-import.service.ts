import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { Inject, Injectable } from '@nestjs/common';
import type { PersonIdentifierKind } from '@disclosure-map/graph-schema';
import { AppError } from '../common/app-error';
import type { Catalog } from '../catalog/catalog';
import { CatalogService } from '../catalog/catalog.service';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../graph/graph-store';
import { BulkRepository } from '../graph/repositories/bulk.repository';
import type { BulkTransferRow } from '../graph/repositories/bulk-rows';
import type { TransferInput } from '../people/dto/people.inputs';
import { PERSON_IDENTITY, type PersonIdentity } from '../people/person-identity';
import { transferReferences } from '../people/transfer-rules';
import { TransferEventsService } from '../webhooks/transfer-events.service';
import { RequestsService } from '../requests/requests.service';
import { planBatch, type BatchLookups } from './batch-planner';
import { readLines, type RawLine, type ReadPosition } from './bulk-lines';
import { derivedIds } from './derived-ids';
import { addCounts, zeroCounts, type ImportCounts } from './import-counts';
import {
  isRejection,
  rejectionOf,
  requireInInventory,
  transferLine,
  transferPeopleOf,
  type KnownIds,
  type Parsed,
  type Rejection,
} from './line-parser';
import { defaultParseWorkers, parseInline, parseInWorkers } from './parse-source';
import { ProgressBar } from './progress';
import { recordRequestLines } from './request-lines';

export type { ImportCounts } from './import-counts';
export type { Rejection } from './line-parser';
export { derivedIds } from './derived-ids';

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
  /** Parse worker threads (0: parse on the main thread); by default the cores beside the main thread's. */
  parseWorkers?: number;
  rejectsFile?: string | null;
  progress?: boolean;
}

function knownIds(catalog: Catalog): KnownIds {
  return {
    Segment: new Set(catalog.segments.keys()),
    Recipient: new Set(catalog.recipients.keys()),
    DataCategory: new Set(catalog.categories.keys()),
    Purpose: new Set(catalog.purposes.keys()),
  };
}

/**
 * Bulk ingest of people, memberships, transfers (with their people), opt-outs and requests: lines are parsed and
 * checked with the API's rules (line-parser.ts, in parse workers), collected into large batches, planned against
 * the graph (batch-planner.ts) and each batch written in one unit of work through the engine's bulk path. Ids derive
 * from content, so a re-run adds nothing.
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

  /** The streaming core: constant memory (a few batches at a time) whatever the input's length. */
  async importLines(
    lines: AsyncIterable<RawLine>,
    options: ImportOptions,
    reject: (r: Rejection) => Promise<void>,
    onBatch: (counts: ImportCounts) => void = () => undefined,
  ): Promise<ImportCounts> {
    // COPY FROM favours big batches; on Neo4j a batch must stay well inside the server's transaction timeout.
    const neo4j = this.graph.engine === 'neo4j';
    const batchLines = options.batchLines ?? (neo4j ? 5_000 : 20_000);
    const batchPeople = options.batchTransferPeople ?? (neo4j ? 50_000 : 200_000);
    const known = knownIds(await this.graph.read((tx) => this.catalogs.load(tx)));
    const workers = options.parseWorkers ?? defaultParseWorkers();
    const key = this.identity.keyForWorkers();
    const parsed = workers > 0 ? parseInWorkers(lines, known, key, workers) : parseInline(lines, known, key);
    const counts = zeroCounts();
    let batch: Parsed[] = [];
    let batchRejections: Rejection[] = [];
    let batchTransferPeople = 0;
    // The previous batch's unit of work. Batches are written one after the other (a batch may name people the one
    // before created), but the next batch is parsed (in the workers) and collected while the engine writes this one.
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
      for await (const item of parsed) {
        counts.lines += 1;
        if (isRejection(item)) {
          counts.rejected += 1;
          batchRejections.push(item);
        } else {
          batch.push(item);
          batchTransferPeople += transferPeopleOf(item);
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

  /**
   * One transfer naming up to 10,000 people, through the bulk path: the people
   * are resolved in one lookup and linked in one statement. Recording the same
   * transfer again (same id, or same content without an id) changes nothing.
   */
  async recordTransferBatch(input: TransferInput): Promise<{ view: BulkTransferRow; created: boolean }> {
    return this.graph.write(async (tx) => {
      const known = knownIds(await this.catalogs.load(tx));
      requireInInventory(known, transferReferences(input));
      const hash = (kind: PersonIdentifierKind, value: string) => this.identity.identifierId(kind, value);
      const { rejections, counts, transfers } = await this.applyBatch(tx, [transferLine(1, input, hash)]);
      const [rejection] = rejections;
      if (rejection) throw new AppError(rejection.code, rejection.reason, rejection.field ?? undefined);
      const created = counts.transfersCreated === 1;
      if (created) await this.transferEvents.transferRecorded(tx, transfers[0], transfers[0].personIds);
      return { view: transfers[0], created };
    });
  }

  /**
   * Plans and writes one batch in one unit of work; returns the lines it rejected. A bulk unit: the engine may keep
   * several batches in memory before writing them to disk together (all by the end of the import).
   */
  private writeBatch(batch: Parsed[], counts: ImportCounts): Promise<Rejection[]> {
    return this.graph.writeBulk(async (tx) => {
      const applied = await this.applyBatch(tx, batch);
      addCounts(counts, applied.counts);
      return applied.rejections;
    });
  }

  private async applyBatch(tx: GraphTx, batch: Parsed[]) {
    const repo = this.repo;
    const lookups: BatchLookups = {
      peopleByIdentifiers: (keys) => repo.peopleByIdentifiers(tx, keys),
      existingPeople: (ids) => repo.existingPeople(tx, ids),
      peopleByIds: (ids) => repo.peopleByIds(tx, ids),
      membershipsOf: (ids) => repo.membershipsOf(tx, ids),
      existingTransfers: (ids) => repo.existingTransfers(tx, ids),
      existingOptOuts: (ids) => repo.existingOptOuts(tx, ids),
    };
    const plan = await planBatch(batch, lookups);
    await repo.updatePeople(tx, plan.updatedPeople);
    await repo.setMembershipsUntil(tx, plan.untilChanges);
    await repo.create(tx, plan.create);
    // Requests last: the people this batch created exist by now.
    const rejections = [...plan.rejections];
    const recorded = await recordRequestLines(tx, plan.requests, this.requests, derivedIds.request, (line: number, error: AppError) =>
      rejections.push(rejectionOf(line, error)),
    );
    plan.counts.requestsCreated += recorded.created;
    plan.counts.alreadyPresent += recorded.alreadyPresent;
    plan.counts.rowsWritten += recorded.created * 2;
    return { ...plan, rejections: rejections.sort((a, b) => a.line - b.line) };
  }
}
