import { Injectable } from '@nestjs/common';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import type { GraphTx } from '../graph-store';
import { nodes } from './node-access';

export type SubprocessorChangeRecord = NodeRecord<'SubprocessorChange'>;

const FIELDS = `RETURN n.id AS id, n.processorId AS processorId, n.subprocessorId AS subprocessorId, n.noticeOn AS noticeOn,
  n.effectiveOn AS effectiveOn, n.objectionDays AS objectionDays, n.objectedOn AS objectedOn`;
/** Notices are few (one per processor's change): both engines filter them cheaply. */
const ALL_CHANGES = `MATCH (n:SubprocessorChange) ${FIELDS}`;
const CHANGES_OF_PROCESSOR = `MATCH (n:SubprocessorChange) WHERE n.processorId = $processorId ${FIELDS}`;
const CHANGES_OF_PAIR = `MATCH (n:SubprocessorChange) WHERE n.processorId = $processorId AND n.subprocessorId = $subprocessorId ${FIELDS}`;
const SET_OBJECTED_ON = 'MATCH (n:SubprocessorChange {id: $id}) SET n.objectedOn = $objectedOn';
/** The relations set on recipients themselves (in force for any window). */
const SUBPROCESSOR_LINKS = 'MATCH (s:Recipient)-[:SUBPROCESSOR_OF]->(p:Recipient) RETURN s.id AS subprocessorId, p.id AS processorId';

/** Sub-processor notices in notice order (then effective date, then id). */
const inOrder = (rows: SubprocessorChangeRecord[]) =>
  rows.sort((a, b) => a.noticeOn.localeCompare(b.noticeOn) || a.effectiveOn.localeCompare(b.effectiveOn) || a.id.localeCompare(b.id));

/** GDPR Art. 28(2) notices of sub-processor changes, and the sub-processor relations set on recipients. */
@Injectable()
export class SubprocessorChangesRepository {
  create(tx: GraphTx, record: SubprocessorChangeRecord): Promise<void> {
    return nodes.create(tx, 'SubprocessorChange', record);
  }

  async list(tx: GraphTx, processorId: string | null): Promise<SubprocessorChangeRecord[]> {
    const rows =
      processorId === null
        ? await tx.run<SubprocessorChangeRecord>(ALL_CHANGES)
        : await tx.run<SubprocessorChangeRecord>(CHANGES_OF_PROCESSOR, { processorId });
    return inOrder(rows);
  }

  async ofPair(tx: GraphTx, processorId: string, subprocessorId: string): Promise<SubprocessorChangeRecord[]> {
    return inOrder(await tx.run<SubprocessorChangeRecord>(CHANGES_OF_PAIR, { processorId, subprocessorId }));
  }

  async setObjectedOn(tx: GraphTx, id: string, objectedOn: string): Promise<void> {
    await tx.run(SET_OBJECTED_ON, { id, objectedOn });
  }

  links(tx: GraphTx): Promise<{ subprocessorId: string; processorId: string }[]> {
    return tx.run<{ subprocessorId: string; processorId: string }>(SUBPROCESSOR_LINKS);
  }
}
