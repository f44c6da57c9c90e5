import { Injectable } from '@nestjs/common';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import type { GraphTx } from '../graph-store';

/**
 * The person-centred reads of "who received": the person is found by primary
 * key (`{id: $param}`: the form both engines answer from their index) and
 * only that person's memberships, transfers and opt-outs, the disclosures
 * about their segments and the inventory nodes they name are read. Lists of
 * inventory ids use `IN $keys`: those tables are small (the embedded engine
 * scans them; Neo4j seeks its index).
 */
const PERSON_FIELDS = `p.id AS id, p.display AS display, p.californiaResident AS californiaResident,
  p.relationshipSince AS relationshipSince, p.lastPurchaseOn AS lastPurchaseOn`;
const PERSON_BY_IDENTIFIER = `MATCH (i:PersonIdentifier {id: $identifierId})-[:IDENTIFIES]->(p:Person) RETURN ${PERSON_FIELDS}`;
const PERSON_BY_ID = `MATCH (p:Person {id: $personId}) RETURN ${PERSON_FIELDS}`;
/*
 * Simple chains from the person, one link kind each, joined in code: the
 * embedded engine plans a multi-branch pattern (recipient and categories in
 * one MATCH) as a join over whole tables, but follows a single chain cheaply.
 */
const TRANSFER_WINDOW = 'WHERE t.occurredOn >= $from AND t.occurredOn <= $to';
const TRANSFERS_OF_PERSON = `
MATCH (p:Person {id: $personId})-[:INCLUDED_IN]->(t:Transfer)-[:TO_RECIPIENT]->(r:Recipient) ${TRANSFER_WINDOW}
RETURN t.id AS id, t.occurredOn AS occurredOn, t.use AS use, r.id AS recipientId`;
const TRANSFER_CATEGORIES_OF_PERSON = `
MATCH (p:Person {id: $personId})-[:INCLUDED_IN]->(t:Transfer)-[:OF_CATEGORY]->(c:DataCategory) ${TRANSFER_WINDOW}
RETURN t.id AS fromId, c.id AS toId`;
const TRANSFER_PURPOSES_OF_PERSON = `
MATCH (p:Person {id: $personId})-[:INCLUDED_IN]->(t:Transfer)-[:FOR_PURPOSE]->(u:Purpose) ${TRANSFER_WINDOW}
RETURN t.id AS fromId, u.id AS toId`;
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
const CATEGORIES_BY_IDS = `
MATCH (c:DataCategory) WHERE c.id IN $keys
OPTIONAL MATCH (c)-[:PART_OF]->(p:DataCategory)
RETURN c.id AS id, c.name AS name, c.description AS description, c.sensitive AS sensitive,
       c.shineTheLight AS shineTheLight, c.ccpa AS ccpa, p.id AS parentId`;
const RECIPIENTS_BY_IDS = `
MATCH (r:Recipient) WHERE r.id IN $keys
OPTIONAL MATCH (r)-[:SUBPROCESSOR_OF]->(p:Recipient)
RETURN r.id AS id, r.name AS name, r.class AS class, r.legalName AS legalName, r.address AS address,
       r.country AS country, r.natureOfBusiness AS natureOfBusiness, r.productsMarketed AS productsMarketed,
       r.agreementSignedOn AS agreementSignedOn, p.id AS subprocessorOf`;
const PURPOSES_BY_IDS = `
MATCH (n:Purpose) WHERE n.id IN $keys
RETURN n.id AS id, n.name AS name, n.description AS description, n.directMarketing AS directMarketing,
       n.targetedAdvertising AS targetedAdvertising`;
const SEGMENTS_BY_IDS = `
MATCH (n:Segment) WHERE n.id IN $keys RETURN n.id AS id, n.name AS name, n.description AS description`;

export interface PersonTransferView {
  id: string;
  occurredOn: string;
  use: string;
  recipientId: string;
  categoryIds: string[];
  purposeIds: string[];
}

export interface SegmentDisclosureView {
  id: string;
  use: string;
  validFrom: string;
  validTo: string | null;
  recipientId: string;
  categoryIds: string[];
  purposeIds: string[];
  segmentIds: string[];
}

export type CategoryByIdRow = NodeRecord<'DataCategory'> & { parentId: string | null };
export type RecipientByIdRow = NodeRecord<'Recipient'> & { subprocessorOf: string | null };

const keys = (ids: Iterable<string>) => [...new Set(ids)];

type Pair = { fromId: string; toId: string };

/** Target ids per source id, deduplicated and sorted. */
function grouped(pairs: Pair[]): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const { fromId, toId } of pairs) {
    const set = out.get(fromId) ?? new Set<string>();
    set.add(toId);
    out.set(fromId, set);
  }
  return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
}

@Injectable()
export class LineageRepository {
  async personByIdentifier(tx: GraphTx, identifierId: string): Promise<NodeRecord<'Person'> | null> {
    const [row] = await tx.run<NodeRecord<'Person'>>(PERSON_BY_IDENTIFIER, { identifierId });
    return row ?? null;
  }

  async personById(tx: GraphTx, personId: string): Promise<NodeRecord<'Person'> | null> {
    const [row] = await tx.run<NodeRecord<'Person'>>(PERSON_BY_ID, { personId });
    return row ?? null;
  }

  /** The person's transfers in [from, to] with their recipient, categories and purposes, in date order. */
  async transfersOfPerson(tx: GraphTx, personId: string, from: string, to: string): Promise<PersonTransferView[]> {
    const params = { personId, from, to };
    const rows = await tx.run<Omit<PersonTransferView, 'categoryIds' | 'purposeIds'>>(TRANSFERS_OF_PERSON, params);
    const categories = grouped(await tx.run<Pair>(TRANSFER_CATEGORIES_OF_PERSON, params));
    const purposes = grouped(await tx.run<Pair>(TRANSFER_PURPOSES_OF_PERSON, params));
    return rows
      .map((r) => ({ ...r, categoryIds: categories.get(r.id) ?? [], purposeIds: purposes.get(r.id) ?? [] }))
      .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.id.localeCompare(b.id));
  }

  /** Disclosures about any of the segments, with everything the rules need, in id order. */
  async disclosuresAboutSegments(tx: GraphTx, segmentIds: Iterable<string>): Promise<SegmentDisclosureView[]> {
    const list = keys(segmentIds);
    if (!list.length) return [];
    const params = { keys: list };
    const rows = await tx.run<Omit<SegmentDisclosureView, 'categoryIds' | 'purposeIds' | 'segmentIds'>>(DISCLOSURES_ABOUT_SEGMENTS, params);
    const categories = grouped(await tx.run<Pair>(DISCLOSURE_CATEGORIES_ABOUT_SEGMENTS, params));
    const purposes = grouped(await tx.run<Pair>(DISCLOSURE_PURPOSES_ABOUT_SEGMENTS, params));
    const segments = grouped(await tx.run<Pair>(DISCLOSURE_SEGMENTS_ABOUT_SEGMENTS, params));
    return rows
      .map((r) => ({
        ...r,
        categoryIds: categories.get(r.id) ?? [],
        purposeIds: purposes.get(r.id) ?? [],
        segmentIds: segments.get(r.id) ?? [],
      }))
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  categoriesByIds(tx: GraphTx, ids: Iterable<string>): Promise<CategoryByIdRow[]> {
    const list = keys(ids);
    return list.length ? tx.run<CategoryByIdRow>(CATEGORIES_BY_IDS, { keys: list }) : Promise.resolve([]);
  }

  recipientsByIds(tx: GraphTx, ids: Iterable<string>): Promise<RecipientByIdRow[]> {
    const list = keys(ids);
    return list.length ? tx.run<RecipientByIdRow>(RECIPIENTS_BY_IDS, { keys: list }) : Promise.resolve([]);
  }

  purposesByIds(tx: GraphTx, ids: Iterable<string>): Promise<NodeRecord<'Purpose'>[]> {
    const list = keys(ids);
    return list.length ? tx.run<NodeRecord<'Purpose'>>(PURPOSES_BY_IDS, { keys: list }) : Promise.resolve([]);
  }

  segmentsByIds(tx: GraphTx, ids: Iterable<string>): Promise<NodeRecord<'Segment'>[]> {
    const list = keys(ids);
    return list.length ? tx.run<NodeRecord<'Segment'>>(SEGMENTS_BY_IDS, { keys: list }) : Promise.resolve([]);
  }
}
