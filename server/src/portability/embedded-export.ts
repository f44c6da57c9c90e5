import type { NodeLabel, PropertyDeclaration, RelationshipType } from '@disclosure-map/graph-schema';
import type { GraphTx } from '../graph/graph-store';
import type { PortabilityRepository } from '../graph/repositories/portability.repository';
import type { NodeRange } from '../graph/repositories/node-ranges';
import { nodeLineWriter, relationshipLineWriter } from './archive-format';
import { IdOrder } from './id-order';

/** Node numbers read per range query. */
const RANGE_NODES = 20_000;
/**
 * Relationships read per range query, about: a page covers as many sources as hold this many relationships on
 * average (4,000 people of ten ledger lines each; the whole label for the few opt-outs of a million people), so that
 * each query's fixed cost is paid for tens of thousands of rows whatever the pair.
 */
const RANGE_RELATIONSHIPS = 40_000;
/** Targets fewer than the sources by this factor are hubs: read source first (see RELATIONSHIP_RANGE). */
const HUB_FACTOR = 100;
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

  /** The lines of a label's nodes, read and put in id order (written out by `emit`). */
  async nodeLines(label: NodeLabel, declared: [string, PropertyDeclaration][]): Promise<IdOrder> {
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
    return order;
  }

  async relationshipLines(
    type: RelationshipType,
    pair: [NodeLabel, NodeLabel],
    declared: [string, PropertyDeclaration][],
  ): Promise<IdOrder> {
    const ranks = await this.ranksOf(pair[0]);
    const relationships = await this.repository.countRelationships(this.tx, type, pair);
    const order = new IdOrder(ranks.rankOf, ranks.count, this.bucketRanks);
    if (relationships === 0) return order;
    const text = relationshipLineWriter(type, pair, declared);
    const sources = Math.max(1, Math.round((RANGE_RELATIONSHIPS * ranks.count) / relationships));
    const sourceFirst = (await this.repository.countNodes(this.tx, pair[1])) * HUB_FACTOR <= ranks.count;
    try {
      await walk(
        ranks.range,
        (range) => this.repository.relationshipRange(this.tx, type, pair, declared, range, sources, sourceFirst),
        (rows) => {
          for (const row of rows) order.add(row.offset, row.to, text(row.from, row.to, row.values));
        },
      );
    } catch (error) {
      order.dispose();
      throw error;
    }
    return order;
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
