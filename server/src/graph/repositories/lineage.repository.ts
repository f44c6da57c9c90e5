import { Injectable } from '@nestjs/common';
import type { GraphTx } from '../graph-store';
import type { DisclosureFact, TransferFact } from '../../rules/who-received';
import { splitIds } from './ledger-line';
import { type LinkPair, targetsBySource } from './node-access';

/**
 * The person-centred reads of "who received": only that person's transfers (from the person's own relationships,
 * found by primary key: `{id: $param}` is the form both engines answer from their index) and the disclosures about
 * segments. Lists of inventory ids use `IN $keys`: those tables are small.
 */
/**
 * The person's transfers from their own ledger lines (INCLUDED_IN carries the transfer's facts): no hop past the
 * relationship, so no engine touches the Transfer table or its links.
 */
const TRANSFERS_OF_PERSON = `
MATCH (p:Person {id: $personId})-[i:INCLUDED_IN]->(:Transfer) WHERE i.occurredOn >= $from AND i.occurredOn <= $to
RETURN i.transferId AS id, i.occurredOn AS occurredOn, i.use AS use, i.recipientId AS recipientId,
  i.categoryIdList AS categoryIdList, i.purposeIdList AS purposeIdList`;
/** Disclosures are few (one per declared flow): a filter over them is cheap on both engines. */
const DISCLOSURES_ABOUT_SEGMENTS = `
MATCH (s:Segment)<-[:ABOUT_SEGMENT]-(n:Disclosure)-[:TO_RECIPIENT]->(r:Recipient) WHERE s.id IN $keys
RETURN DISTINCT n.id AS id, n.use AS use, n.validFrom AS validFrom, n.validTo AS validTo, r.id AS recipientId`;
const DISCLOSURE_CATEGORIES_ABOUT_SEGMENTS = `
MATCH (s:Segment)<-[:ABOUT_SEGMENT]-(n:Disclosure)-[:OF_CATEGORY]->(c:DataCategory) WHERE s.id IN $keys
RETURN DISTINCT n.id AS fromId, c.id AS toId`;
const DISCLOSURE_PURPOSES_ABOUT_SEGMENTS = `
MATCH (s:Segment)<-[:ABOUT_SEGMENT]-(n:Disclosure)-[:FOR_PURPOSE]->(u:Purpose) WHERE s.id IN $keys
RETURN DISTINCT n.id AS fromId, u.id AS toId`;
/** Two MATCH clauses: in one pattern Neo4j would not reuse the ABOUT_SEGMENT relationship already matched. */
const DISCLOSURE_SEGMENTS_ABOUT_SEGMENTS = `
MATCH (s:Segment)<-[:ABOUT_SEGMENT]-(n:Disclosure) WHERE s.id IN $keys
MATCH (n)-[:ABOUT_SEGMENT]->(g:Segment)
RETURN DISTINCT n.id AS fromId, g.id AS toId`;

const keys = (ids: Iterable<string>) => [...new Set(ids)];

@Injectable()
export class LineageRepository {
  /** The person's transfers in [from, to] with their recipient, categories and purposes, in date order. */
  async transfersOfPerson(tx: GraphTx, personId: string, from: string, to: string): Promise<TransferFact[]> {
    type Row = Omit<TransferFact, 'categoryIds' | 'purposeIds'> & { categoryIdList: string; purposeIdList: string };
    const rows = await tx.run<Row>(TRANSFERS_OF_PERSON, { personId, from, to });
    return rows
      .map(({ categoryIdList, purposeIdList, ...r }) => ({
        ...r,
        categoryIds: splitIds(categoryIdList).sort(),
        purposeIds: splitIds(purposeIdList).sort(),
      }))
      .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.id.localeCompare(b.id));
  }

  /** Disclosures about any of the segments, with everything the rules need, in id order. */
  async disclosuresAboutSegments(tx: GraphTx, segmentIds: Iterable<string>): Promise<DisclosureFact[]> {
    const list = keys(segmentIds);
    if (!list.length) return [];
    const params = { keys: list };
    const rows = await tx.run<Omit<DisclosureFact, 'categoryIds' | 'purposeIds' | 'segmentIds'>>(DISCLOSURES_ABOUT_SEGMENTS, params);
    const categories = targetsBySource(await tx.run<LinkPair>(DISCLOSURE_CATEGORIES_ABOUT_SEGMENTS, params));
    const purposes = targetsBySource(await tx.run<LinkPair>(DISCLOSURE_PURPOSES_ABOUT_SEGMENTS, params));
    const segments = targetsBySource(await tx.run<LinkPair>(DISCLOSURE_SEGMENTS_ABOUT_SEGMENTS, params));
    return rows
      .map((r) => ({
        ...r,
        categoryIds: categories.get(r.id) ?? [],
        purposeIds: purposes.get(r.id) ?? [],
        segmentIds: segments.get(r.id) ?? [],
      }))
      .sort((a, b) => a.id.localeCompare(b.id));
  }
}
