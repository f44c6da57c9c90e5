import { Injectable } from '@nestjs/common';
import type { NodeRecord, RecipientClass } from '@disclosure-map/graph-schema';
import type { GraphTx } from '../graph-store';
import { links, nodes } from './node-access';

export type RecipientRecordWithLinks = NodeRecord<'Recipient'> & { subprocessorOf: string | null };

const LIST_RECIPIENTS = (where: string) => `
MATCH (r:Recipient) ${where}
OPTIONAL MATCH (r)-[:SUBPROCESSOR_OF]->(p:Recipient)
RETURN r.id AS id, r.name AS name, r.class AS class, r.legalName AS legalName, r.address AS address,
       r.country AS country, r.natureOfBusiness AS natureOfBusiness, r.productsMarketed AS productsMarketed,
       r.agreementSignedOn AS agreementSignedOn, p.id AS subprocessorOf
ORDER BY r.id`;
const ALL_RECIPIENTS = LIST_RECIPIENTS('');
const RECIPIENTS_OF_CLASS = LIST_RECIPIENTS('WHERE r.class = $class');

@Injectable()
export class RecipientsRepository {
  /** Writes the recipient and points it at its class node (and processor, for a sub-processor). */
  async upsert(tx: GraphTx, record: NodeRecord<'Recipient'>, subprocessorOf: string | null): Promise<void> {
    await nodes.upsert(tx, 'Recipient', record);
    await links.set(tx, 'Recipient', record.id, 'IN_CLASS', 'RecipientClass', [record.class]);
    await links.set(tx, 'Recipient', record.id, 'SUBPROCESSOR_OF', 'Recipient', subprocessorOf ? [subprocessorOf] : []);
  }

  get(tx: GraphTx, id: string): Promise<NodeRecord<'Recipient'> | null> {
    return nodes.get(tx, 'Recipient', id);
  }

  list(tx: GraphTx, recipientClass: RecipientClass | null): Promise<RecipientRecordWithLinks[]> {
    return recipientClass
      ? tx.run<RecipientRecordWithLinks>(RECIPIENTS_OF_CLASS, { class: recipientClass })
      : tx.run<RecipientRecordWithLinks>(ALL_RECIPIENTS);
  }
}
