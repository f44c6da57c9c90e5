import type { AppConfig } from '../config/app-config';
import type { GraphStore } from '../graph/graph-store';
import { openGraphStore } from '../graph/open-graph-store';
import { isEmbeddedLock, PortabilityRefusal } from './refusals';

/** Opens the configured graph for a CLI; a data directory held by a running server is a clear refusal. */
export async function openForPortability(config: AppConfig, command: 'export' | 'restore'): Promise<GraphStore> {
  try {
    return await openGraphStore(config);
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
}
