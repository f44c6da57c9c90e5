import type { Writable } from 'node:stream';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { GRAPH_STORE, type GraphStore } from '../graph/graph-store';
import { PortabilityRepository } from '../graph/repositories/portability.repository';
import { AuditService } from '../audit/audit.service';
import { type ExportSummary, writeArchive } from './archive-writer';
import { readIdentifierKey } from './identifier-key';

/**
 * The running server's export: the archive the CLI writes, streamed to an HTTP response or a backup file. A server
 * does not start on a graph an interrupted restore left half loaded: its answers would be wrong without saying so.
 */
@Injectable()
export class PortabilityService implements OnApplicationBootstrap {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: PortabilityRepository,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // An unreachable Neo4j is the deferred start-up's business (graph/deferred-migration-store.ts), not this check's.
    const marker = await this.graph.read((tx) => this.repository.restoreMarker(tx)).catch(() => null);
    if (marker !== null) {
      throw new Error(
        'The graph holds an interrupted restore (npm run restore stopped before it finished): run the same restore command again, then start the server.',
      );
    }
  }

  async exportTo(out: Writable): Promise<ExportSummary> {
    // Audit entries still only in the journal belong in the archive: ship them first.
    await this.audit.drain();
    return writeArchive(this.graph, this.repository, readIdentifierKey(this.config), out);
  }
}
