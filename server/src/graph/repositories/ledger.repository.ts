import { Injectable } from '@nestjs/common';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import type { GraphTx } from '../graph-store';
import { links, nodes } from './node-access';
import { LEDGER_LINE_FIELDS, ledgerLineParams } from './ledger-line';
import type { TransferFact } from '../../rules/who-received';

/** What a transfer links to beside its own properties. */
export type TransferLinks = Omit<TransferFact, keyof NodeRecord<'Transfer'>>;

const INCLUDE_PEOPLE = `
MATCH (t:Transfer {id: $transferId})
UNWIND $personIds AS personId
MATCH (p:Person {id: personId})
CREATE (p)-[:INCLUDED_IN {${LEDGER_LINE_FIELDS}}]->(t)`;
const TRANSFERS_BY_ID = `
MATCH (t:Transfer)-[:TO_RECIPIENT]->(r:Recipient) WHERE t.id IN $ids
RETURN t.id AS id, t.occurredOn AS occurredOn, t.use AS use, r.id AS recipientId ORDER BY occurredOn, id`;
const OPT_OUTS_OF_PERSON = `
MATCH (p:Person {id: $personId})-[:MADE]->(o:OptOut)
RETURN o.id AS id, o.scope AS scope, o.effectiveOn AS effectiveOn, o.channel AS channel ORDER BY effectiveOn, id`;
const ADD_OPT_OUT = `
MATCH (p:Person {id: $personId})
CREATE (p)-[:MADE]->(o:OptOut {id: $id, scope: $scope, effectiveOn: $effectiveOn, channel: $channel})`;
/** Distinct (recipient, category) pairs of the transfers with a use in [start, end]: the ledger's side of a report. */
const TRANSFER_RECIPIENT_CATEGORIES = `
MATCH (t:Transfer)-[:TO_RECIPIENT]->(r:Recipient)
WHERE t.use = $use AND t.occurredOn >= $periodStart AND t.occurredOn <= $periodEnd
MATCH (t)-[:OF_CATEGORY]->(c:DataCategory)
RETURN DISTINCT r.id AS recipientId, c.id AS categoryId`;

@Injectable()
export class LedgerRepository {
  async createTransfer(tx: GraphTx, record: NodeRecord<'Transfer'>, l: TransferLinks, personIds: string[]): Promise<void> {
    await nodes.create(tx, 'Transfer', record);
    await links.add(tx, 'Transfer', record.id, 'TO_RECIPIENT', 'Recipient', [l.recipientId]);
    await links.add(tx, 'Transfer', record.id, 'OF_CATEGORY', 'DataCategory', l.categoryIds);
    await links.add(tx, 'Transfer', record.id, 'FOR_PURPOSE', 'Purpose', l.purposeIds);
    if (personIds.length) {
      await tx.run(INCLUDE_PEOPLE, { ...ledgerLineParams({ ...record, ...l }), personIds });
    }
  }

  async transfersByIds(tx: GraphTx, ids: string[]): Promise<TransferFact[]> {
    return ids.length ? this.withLinks(tx, await tx.run(TRANSFERS_BY_ID, { ids })) : [];
  }

  private async withLinks(tx: GraphTx, rows: Record<string, unknown>[]): Promise<TransferFact[]> {
    const base = rows as (NodeRecord<'Transfer'> & { recipientId: string })[];
    const ids = base.map((r) => r.id);
    const categories = await links.of(tx, 'Transfer', 'OF_CATEGORY', 'DataCategory', ids);
    const purposes = await links.of(tx, 'Transfer', 'FOR_PURPOSE', 'Purpose', ids);
    return base.map((r) => ({ ...r, categoryIds: categories.get(r.id) ?? [], purposeIds: purposes.get(r.id) ?? [] }));
  }

  optOutsOfPerson(tx: GraphTx, personId: string): Promise<NodeRecord<'OptOut'>[]> {
    return tx.run<NodeRecord<'OptOut'>>(OPT_OUTS_OF_PERSON, { personId });
  }

  async addOptOut(tx: GraphTx, personId: string, record: NodeRecord<'OptOut'>): Promise<void> {
    await tx.run(ADD_OPT_OUT, { personId, ...record });
  }

  transferRecipientCategories(
    tx: GraphTx,
    use: string,
    start: string,
    end: string,
  ): Promise<{ recipientId: string; categoryId: string }[]> {
    return tx.run(TRANSFER_RECIPIENT_CATEGORIES, { use, periodStart: start, periodEnd: end });
  }
}
