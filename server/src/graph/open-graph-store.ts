import { Logger } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { DeferredMigrationStore, isUnavailable } from './deferred-migration-store';
import { EmbeddedGraphStore } from './embedded/embedded-graph-store';
import type { GraphStore } from './graph-store';
import { migrate } from './migrations';
import { Neo4jGraphStore } from './neo4j/neo4j-graph-store';

/** Opens the configured engine and brings its schema up to date (for an unreachable Neo4j: as soon as it answers). */
export async function openGraphStore(
  config: Pick<AppConfig, 'engine' | 'dataDir' | 'neo4j' | 'embeddedBufferPoolMb'>,
): Promise<GraphStore> {
  const store: GraphStore =
    config.engine === 'embedded'
      ? await EmbeddedGraphStore.open(config.dataDir, config.embeddedBufferPoolMb ?? null)
      : Neo4jGraphStore.open(config.neo4j ?? { uri: 'bolt://127.0.0.1:7687', database: 'neo4j' });
  try {
    await migrate(store);
  } catch (error) {
    if (store.engine === 'neo4j' && isUnavailable(error)) {
      Logger.warn('Neo4j is unreachable: starting anyway; the schema is migrated once it answers', 'Graph');
      return new DeferredMigrationStore(store);
    }
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}
