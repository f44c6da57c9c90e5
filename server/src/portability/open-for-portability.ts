import type { AppConfig } from '../config/app-config';
import type { GraphStore } from '../graph/graph-store';
import { openGraphStore } from '../graph/open-graph-store';
import { shipLeftoverAuditJournal } from '../audit/audit.service';
import { isEmbeddedLock, PortabilityRefusal } from './refusals';

/** Opens the configured graph for a CLI; a data directory held by a running server is a clear refusal. */
export async function openForPortability(config: AppConfig, command: 'export' | 'restore'): Promise<GraphStore> {
  let store: GraphStore;
  try {
    store = await openGraphStore(config);
  } catch (error) {
    if (!isEmbeddedLock(error)) throw error;
    throw new PortabilityRefusal(
      'graphBusy',
      `The embedded graph in ${config.dataDir} is held by a running server (one process per data directory). ` +
        (command === 'export'
          ? 'Ask that server instead: npm run export -- --server URL --token ADMIN_TOKEN --out FILE'
          : 'Stop the server, then restore.'),
    );
  }
  // The data directory is this process's alone (the engine's lock): entries a killed server left in its audit journal
  // go into the graph before it is exported. A Neo4j server's journal belongs to that running server, which ships it.
  if (command === 'export' && config.engine === 'embedded') await shipLeftoverAuditJournal(config.dataDir, store);
  return store;
}
