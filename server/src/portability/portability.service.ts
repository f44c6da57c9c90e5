import type { Writable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { GRAPH_STORE, type GraphStore } from '../graph/graph-store';
import { PortabilityRepository } from '../graph/repositories/portability.repository';
import { type ExportSummary, writeArchive } from './archive-writer';
import { readIdentifierKey } from './identifier-key';

/** The running server's export: the archive the CLI writes, streamed to an HTTP response or a backup file. */
@Injectable()
export class PortabilityService {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: PortabilityRepository,
  ) {}

  exportTo(out: Writable): Promise<ExportSummary> {
    return writeArchive(this.graph, this.repository, readIdentifierKey(this.config), out);
  }
}
