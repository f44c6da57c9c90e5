import { Injectable } from '@nestjs/common';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import type { GraphTx } from '../graph-store';
import { returnNode } from '../cypher';
import { nodes } from './node-access';

const TOKEN_BY_NAME = `MATCH (n:ApiToken) WHERE n.name = $name RETURN ${returnNode('ApiToken')}`;
const TOKENS = `MATCH (n:ApiToken) RETURN ${returnNode('ApiToken')} ORDER BY n.name`;
const REVOKE = `MATCH (n:ApiToken) WHERE n.name = $name AND n.revokedAt IS NULL SET n.revokedAt = $at RETURN n.id AS id`;
const TOUCH = `MATCH (n:ApiToken {id: $id}) SET n.lastUsedAt = $at`;

/** Stored API tokens: only the SHA-256 of each secret (the node id), never the secret. */
@Injectable()
export class ApiTokensRepository {
  create(tx: GraphTx, token: NodeRecord<'ApiToken'>): Promise<void> {
    return nodes.create(tx, 'ApiToken', token);
  }

  byHash(tx: GraphTx, hash: string): Promise<NodeRecord<'ApiToken'> | null> {
    return nodes.get(tx, 'ApiToken', hash);
  }

  async byName(tx: GraphTx, name: string): Promise<NodeRecord<'ApiToken'> | null> {
    const [row] = await tx.run<NodeRecord<'ApiToken'>>(TOKEN_BY_NAME, { name });
    return row ?? null;
  }

  list(tx: GraphTx): Promise<NodeRecord<'ApiToken'>[]> {
    return tx.run<NodeRecord<'ApiToken'>>(TOKENS);
  }

  /** True when a live token of that name was revoked. */
  async revoke(tx: GraphTx, name: string, at: string): Promise<boolean> {
    return (await tx.run(REVOKE, { name, at })).length > 0;
  }

  async touch(tx: GraphTx, id: string, at: string): Promise<void> {
    await tx.run(TOUCH, { id, at });
  }
}
