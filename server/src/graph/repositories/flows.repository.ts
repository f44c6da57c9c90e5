import { Injectable } from '@nestjs/common';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import type { GraphTx } from '../graph-store';
import { links, nodes } from './node-access';

/** A collection with the ids it links to. */
export interface CollectionView extends NodeRecord<'Collection'> {
  sourceId: string;
  categoryIds: string[];
  segmentIds: string[];
  purposeIds: string[];
  systemIds: string[];
  policyClauseIds: string[];
}

/** A disclosure with the ids it links to. */
export interface DisclosureView extends NodeRecord<'Disclosure'> {
  recipientId: string;
  categoryIds: string[];
  segmentIds: string[];
  purposeIds: string[];
  systemIds: string[];
  policyClauseIds: string[];
}

export type CollectionLinks = Omit<CollectionView, keyof NodeRecord<'Collection'>>;
export type DisclosureLinks = Omit<DisclosureView, keyof NodeRecord<'Disclosure'>>;

const IN_FORCE = 'n.validFrom <= $asOf AND (n.validTo IS NULL OR n.validTo >= $asOf)';
const OVERLAPS = 'n.validFrom <= $periodEnd AND (n.validTo IS NULL OR n.validTo >= $periodStart)';

const COLLECTIONS = (where: string) => `
MATCH (n:Collection)-[:FROM_SOURCE]->(s:Source) ${where}
RETURN n.id AS id, n.validFrom AS validFrom, n.validTo AS validTo, s.id AS sourceId ORDER BY n.id`;

const DISCLOSURES = (where: string) => `
MATCH (n:Disclosure)-[:TO_RECIPIENT]->(r:Recipient) ${where}
RETURN n.id AS id, n.use AS use, n.validFrom AS validFrom, n.validTo AS validTo, r.id AS recipientId ORDER BY n.id`;

const ALL_COLLECTIONS = COLLECTIONS('');
const COLLECTIONS_IN_FORCE = COLLECTIONS(`WHERE ${IN_FORCE}`);
const ALL_DISCLOSURES = DISCLOSURES('');
const DISCLOSURES_IN_FORCE = DISCLOSURES(`WHERE ${IN_FORCE}`);
const DISCLOSURES_BY_ID = DISCLOSURES('WHERE n.id IN $ids');
const DISCLOSURES_OVERLAPPING_WITH_USE = DISCLOSURES(`WHERE n.use = $use AND ${OVERLAPS}`);
const END_DISCLOSURE = 'MATCH (n:Disclosure {id: $id}) SET n.validTo = $validTo';

@Injectable()
export class FlowsRepository {
  async createCollection(tx: GraphTx, record: NodeRecord<'Collection'>, l: CollectionLinks): Promise<void> {
    await nodes.create(tx, 'Collection', record);
    await links.add(tx, 'Collection', record.id, 'FROM_SOURCE', 'Source', [l.sourceId]);
    await links.add(tx, 'Collection', record.id, 'OF_CATEGORY', 'DataCategory', l.categoryIds);
    await links.add(tx, 'Collection', record.id, 'ABOUT_SEGMENT', 'Segment', l.segmentIds);
    await links.add(tx, 'Collection', record.id, 'FOR_PURPOSE', 'Purpose', l.purposeIds);
    await links.add(tx, 'Collection', record.id, 'INTO_SYSTEM', 'System', l.systemIds);
    await links.add(tx, 'Collection', record.id, 'STATED_IN', 'PolicyClause', l.policyClauseIds);
  }

  async createDisclosure(tx: GraphTx, record: NodeRecord<'Disclosure'>, l: DisclosureLinks): Promise<void> {
    await nodes.create(tx, 'Disclosure', record);
    await this.linkDisclosure(tx, record.id, l);
  }

  /** Rewrites a disclosure's properties and links (a processor registered again). */
  async replaceDisclosure(tx: GraphTx, record: NodeRecord<'Disclosure'>, l: DisclosureLinks): Promise<void> {
    await nodes.upsert(tx, 'Disclosure', record);
    await links.set(tx, 'Disclosure', record.id, 'TO_RECIPIENT', 'Recipient', []);
    await links.set(tx, 'Disclosure', record.id, 'OF_CATEGORY', 'DataCategory', []);
    await links.set(tx, 'Disclosure', record.id, 'ABOUT_SEGMENT', 'Segment', []);
    await links.set(tx, 'Disclosure', record.id, 'FOR_PURPOSE', 'Purpose', []);
    await links.set(tx, 'Disclosure', record.id, 'FROM_SYSTEM', 'System', []);
    await links.set(tx, 'Disclosure', record.id, 'STATED_IN', 'PolicyClause', []);
    await this.linkDisclosure(tx, record.id, l);
  }

  private async linkDisclosure(tx: GraphTx, id: string, l: DisclosureLinks): Promise<void> {
    await links.add(tx, 'Disclosure', id, 'TO_RECIPIENT', 'Recipient', [l.recipientId]);
    await links.add(tx, 'Disclosure', id, 'OF_CATEGORY', 'DataCategory', l.categoryIds);
    await links.add(tx, 'Disclosure', id, 'ABOUT_SEGMENT', 'Segment', l.segmentIds);
    await links.add(tx, 'Disclosure', id, 'FOR_PURPOSE', 'Purpose', l.purposeIds);
    await links.add(tx, 'Disclosure', id, 'FROM_SYSTEM', 'System', l.systemIds);
    await links.add(tx, 'Disclosure', id, 'STATED_IN', 'PolicyClause', l.policyClauseIds);
  }

  async endDisclosure(tx: GraphTx, id: string, validTo: string): Promise<void> {
    await tx.run(END_DISCLOSURE, { id, validTo });
  }

  exists(tx: GraphTx, label: 'Collection' | 'Disclosure', id: string): Promise<boolean> {
    return nodes.missing(tx, label, [id]).then((missing) => missing.length === 0);
  }

  async collections(tx: GraphTx, asOf: string | null): Promise<CollectionView[]> {
    const rows = await tx.run<NodeRecord<'Collection'> & { sourceId: string }>(
      asOf ? COLLECTIONS_IN_FORCE : ALL_COLLECTIONS,
      asOf ? { asOf } : {},
    );
    return withFlowLinks(tx, 'Collection', 'INTO_SYSTEM', rows);
  }

  disclosures(tx: GraphTx, asOf: string | null): Promise<DisclosureView[]> {
    return asOf ? this.withLinks(tx, DISCLOSURES_IN_FORCE, { asOf }) : this.withLinks(tx, ALL_DISCLOSURES, {});
  }

  disclosuresByIds(tx: GraphTx, ids: string[]): Promise<DisclosureView[]> {
    return ids.length ? this.withLinks(tx, DISCLOSURES_BY_ID, { ids }) : Promise.resolve([]);
  }

  /** Disclosures with a given use whose validity overlaps [start, end]. */
  disclosuresOverlapping(tx: GraphTx, use: string, start: string, end: string): Promise<DisclosureView[]> {
    return this.withLinks(tx, DISCLOSURES_OVERLAPPING_WITH_USE, { use, periodStart: start, periodEnd: end });
  }

  private async withLinks(tx: GraphTx, cypher: string, params: Record<string, string | string[]>): Promise<DisclosureView[]> {
    const rows = await tx.run<NodeRecord<'Disclosure'> & { recipientId: string }>(cypher, params);
    return withFlowLinks(tx, 'Disclosure', 'FROM_SYSTEM', rows);
  }
}

/** The ids a flow links to, loaded per relationship for all rows at once (never a collect beside another collect). */
async function withFlowLinks<R extends { id: string }>(
  tx: GraphTx,
  label: 'Collection' | 'Disclosure',
  systemRel: 'INTO_SYSTEM' | 'FROM_SYSTEM',
  rows: R[],
): Promise<(R & Omit<CollectionLinks, 'sourceId'>)[]> {
  const ids = rows.map((r) => r.id);
  const categories = await links.of(tx, label, 'OF_CATEGORY', 'DataCategory', ids);
  const segments = await links.of(tx, label, 'ABOUT_SEGMENT', 'Segment', ids);
  const purposes = await links.of(tx, label, 'FOR_PURPOSE', 'Purpose', ids);
  const systems = await links.of(tx, label, systemRel, 'System', ids);
  const clauses = await links.of(tx, label, 'STATED_IN', 'PolicyClause', ids);
  return rows.map((r) => ({
    ...r,
    categoryIds: categories.get(r.id) ?? [],
    segmentIds: segments.get(r.id) ?? [],
    purposeIds: purposes.get(r.id) ?? [],
    systemIds: systems.get(r.id) ?? [],
    policyClauseIds: clauses.get(r.id) ?? [],
  }));
}
