import type { NodeLabel, PropertyDeclaration, RelationshipType } from '@disclosure-map/graph-schema';
import type { GraphTx } from '../graph/graph-store';
import type { PortabilityRepository } from '../graph/repositories/portability.repository';
import type { NodeRange } from '../graph/repositories/node-ranges';
import { nodeLineWriter, relationshipLineWriter } from './archive-format';
import { IdOrder } from './id-order';

/** Node numbers read per range query. */
const RANGE_NODES = 20_000;
/** Sources per range query of relationships (a person has about ten ledger lines). */
const RANGE_SOURCES = 4_000;
/** Ranks per bucket of IdOrder: a bucket's lines are what the export holds in memory at once. */
const BUCKET_RANKS = 5_000;

interface Ranks {
  rankOf: Int32Array;
  count: number;
  range: NodeRange;
}

/**
 * The embedded engine's half of the export (see IdOrder): the same lines, in the same order, as the keyset export
 * (nodes by id; relationships by source id, target id, then line), read in one scan of node ranges per label and
 * relationship pair instead of a scan and sort per page. The ranks of each label are computed once per export.
 */
export class EmbeddedExport {
  private readonly ranks = new Map<NodeLabel, Ranks>();

  constructor(
    private readonly tx: GraphTx,
    private readonly repository: PortabilityRepository,
    private readonly bucketRanks = BUCKET_RANKS,
  ) {}

  async nodeLines(label: NodeLabel, declared: [string, PropertyDeclaration][]): Promise<Iterable<string>> {
    const ranks = await this.ranksOf(label);
    const order = new IdOrder(ranks.rankOf, ranks.count, this.bucketRanks);
    const text = nodeLineWriter(label, declared);
    try {
      await walk(
        ranks.range,
        (range) => this.repository.nodeRange(this.tx, label, declared, range, RANGE_NODES),
        (rows) => {
          for (const row of rows) order.add(row.offset, '', text(row.values));
        },
      );
    } catch (error) {
      order.dispose();
      throw error;
    }
    return order.lines();
  }

  async relationshipLines(
    type: RelationshipType,
    pair: [NodeLabel, NodeLabel],
    declared: [string, PropertyDeclaration][],
  ): Promise<Iterable<string>> {
    const ranks = await this.ranksOf(pair[0]);
    const order = new IdOrder(ranks.rankOf, ranks.count, this.bucketRanks);
    const text = relationshipLineWriter(type, pair, declared);
    try {
      await walk(
        ranks.range,
        (range) => this.repository.relationshipRange(this.tx, type, pair, declared, range, RANGE_SOURCES),
        (rows) => {
          for (const row of rows) order.add(row.offset, row.to, text(row.from, row.to, row.values));
        },
      );
    } catch (error) {
      order.dispose();
      throw error;
    }
    return order.lines();
  }

  private async ranksOf(label: NodeLabel): Promise<Ranks> {
    let ranks = this.ranks.get(label);
    if (!ranks) {
      const { offsets, range } = await this.repository.offsetsById(this.tx, label);
      ranks = { rankOf: IdOrder.ranks(offsets, range.end), count: offsets.length, range };
      this.ranks.set(label, ranks);
    }
    return ranks;
  }
}

/**
 * Reads a walk of node ranges page by page, asking the engine for the next page before turning the current one into
 * lines: the engine's query runs on its own threads while this thread writes, rather than one waiting for the other.
 * One query at a time is in flight on the unit of work's connection.
 */
async function walk<Row>(
  first: NodeRange,
  read: (range: NodeRange) => Promise<{ rows: Row[]; next: NodeRange | null }>,
  take: (rows: Row[]) => void,
): Promise<void> {
  let pending = first.from < first.end ? read(first) : null;
  while (pending) {
    const page = await pending;
    pending = page.next && page.next.from < page.next.end ? read(page.next) : null;
    try {
      take(page.rows);
    } catch (error) {
      // The query already asked for still runs on the unit of work: let it end before the unit does.
      await pending?.catch(() => undefined);
      throw error;
    }
  }
}
