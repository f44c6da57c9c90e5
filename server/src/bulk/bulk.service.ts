import { Inject, Injectable } from '@nestjs/common';
import { CatalogService } from '../catalog/catalog.service';
import { GRAPH_STORE, type GraphStore } from '../graph/graph-store';
import type { TransferInput } from '../people/dto/people.inputs';
import { hydrateTransfer } from '../people/people.service';
import { BulkImportService } from './bulk-import.service';
import type { TransferBatchResult } from './models/transfer-batch.model';

/** The bulk mutation's transport-facing side: records through the bulk path, hydrates the answer. */
@Injectable()
export class BulkService {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly imports: BulkImportService,
    private readonly catalogs: CatalogService,
  ) {}

  async recordTransferBatch(input: TransferInput): Promise<TransferBatchResult> {
    const { view, created } = await this.imports.recordTransferBatch(input);
    const catalog = await this.graph.read((tx) => this.catalogs.load(tx));
    return { transfer: hydrateTransfer(catalog, view), peopleIncluded: view.personIds.length, created };
  }
}
