import { Injectable } from '@nestjs/common';
import type { MembershipRecord, NodeRecord, PersonIdentifierKind } from '@disclosure-map/graph-schema';
import type { GraphTx } from '../graph-store';
import { nodes } from './node-access';

export interface MembershipView extends MembershipRecord {
  segmentId: string;
}

const PEOPLE_BY_IDENTIFIERS = `
MATCH (i:PersonIdentifier)-[:IDENTIFIES]->(p:Person) WHERE i.id IN $identifierIds
RETURN DISTINCT p.id AS id`;
const ADD_IDENTIFIER = `
MATCH (p:Person {id: $personId})
CREATE (i:PersonIdentifier {id: $identifierId, kind: $kind})-[:IDENTIFIES]->(p)`;
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
    if (!identifierIds.length) return [];
    return (await tx.run<{ id: string }>(PEOPLE_BY_IDENTIFIERS, { identifierIds })).map((r) => r.id);
  }

  get(tx: GraphTx, id: string): Promise<NodeRecord<'Person'> | null> {
    return nodes.get(tx, 'Person', id);
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
