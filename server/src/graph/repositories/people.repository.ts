import { Injectable } from '@nestjs/common';
import type { MembershipRecord, NodeRecord, PersonIdentifierKind } from '@disclosure-map/graph-schema';
import type { GraphTx } from '../graph-store';
import { nodes } from './node-access';

export interface MembershipView extends MembershipRecord {
  segmentId: string;
}

/** One identifier at a time, by primary key: an `IN $list` filter makes the embedded engine scan the table. */
const PERSON_BY_IDENTIFIER = `MATCH (i:PersonIdentifier {id: $identifierId}) RETURN i.personId AS id`;
const PERSON_FIELDS = `p.id AS id, p.display AS display, p.californiaResident AS californiaResident,
  p.relationshipSince AS relationshipSince, p.lastPurchaseOn AS lastPurchaseOn`;
const PERSON_BY_ID = `MATCH (p:Person {id: $id}) RETURN ${PERSON_FIELDS}`;
const ADD_IDENTIFIER = `
MATCH (p:Person {id: $personId})
CREATE (i:PersonIdentifier {id: $identifierId, kind: $kind, personId: $personId})-[:IDENTIFIES]->(p)`;
const IDENTIFIERS_OF = 'MATCH (i:PersonIdentifier)-[:IDENTIFIES]->(p:Person {id: $personId}) RETURN i.id AS id';
const MEMBERSHIPS_OF = `
MATCH (p:Person {id: $personId})-[m:MEMBER_OF]->(s:Segment)
RETURN s.id AS segmentId, m.since AS since, m.until AS until ORDER BY since, segmentId`;
const ADD_MEMBERSHIP = `
MATCH (p:Person {id: $personId}), (s:Segment {id: $segmentId})
CREATE (p)-[:MEMBER_OF {since: $since, until: $until}]->(s)`;
const SET_MEMBERSHIP_UNTIL = `
MATCH (p:Person {id: $personId})-[m:MEMBER_OF]->(s:Segment {id: $segmentId}) WHERE m.since = $since
SET m.until = $until`;

@Injectable()
export class PeopleRepository {
  async findByIdentifiers(tx: GraphTx, identifierIds: string[]): Promise<string[]> {
    const ids = new Set<string>();
    for (const identifierId of new Set(identifierIds)) {
      for (const row of await tx.run<{ id: string }>(PERSON_BY_IDENTIFIER, { identifierId })) ids.add(row.id);
    }
    return [...ids];
  }

  /** The person an identifier hash names: two primary-key lookups. */
  async getByIdentifier(tx: GraphTx, identifierId: string): Promise<NodeRecord<'Person'> | null> {
    const [row] = await tx.run<{ id: string }>(PERSON_BY_IDENTIFIER, { identifierId });
    return row ? this.get(tx, row.id) : null;
  }

  async get(tx: GraphTx, id: string): Promise<NodeRecord<'Person'> | null> {
    const [row] = await tx.run<NodeRecord<'Person'>>(PERSON_BY_ID, { id });
    return row ?? null;
  }

  getMany(tx: GraphTx, ids: string[]): Promise<NodeRecord<'Person'>[]> {
    return nodes.getMany(tx, 'Person', ids);
  }

  upsert(tx: GraphTx, record: NodeRecord<'Person'>): Promise<void> {
    return nodes.upsert(tx, 'Person', record);
  }

  async identifierIds(tx: GraphTx, personId: string): Promise<string[]> {
    return (await tx.run<{ id: string }>(IDENTIFIERS_OF, { personId })).map((r) => r.id);
  }

  async addIdentifier(tx: GraphTx, personId: string, identifierId: string, kind: PersonIdentifierKind): Promise<void> {
    await tx.run(ADD_IDENTIFIER, { personId, identifierId, kind });
  }

  memberships(tx: GraphTx, personId: string): Promise<MembershipView[]> {
    return tx.run<MembershipView>(MEMBERSHIPS_OF, { personId });
  }

  async addMembership(tx: GraphTx, personId: string, m: MembershipView): Promise<void> {
    await tx.run(ADD_MEMBERSHIP, { personId, segmentId: m.segmentId, since: m.since, until: m.until });
  }

  async setMembershipUntil(tx: GraphTx, personId: string, m: MembershipView): Promise<void> {
    await tx.run(SET_MEMBERSHIP_UNTIL, { personId, segmentId: m.segmentId, since: m.since, until: m.until });
  }
}
