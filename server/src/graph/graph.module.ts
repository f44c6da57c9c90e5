import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { GRAPH_STORE, type GraphStore } from './graph-store';
import { openGraphStore } from './open-graph-store';
import { ApiTokensRepository } from './repositories/api-tokens.repository';
import { AuditRepository } from './repositories/audit.repository';
import { FlowsRepository } from './repositories/flows.repository';
import { InventoryRepository } from './repositories/inventory.repository';
import { InventoryRevisionRepository } from './repositories/inventory-revision.repository';
import { LedgerRepository } from './repositories/ledger.repository';
import { HistoryRepository } from './repositories/history.repository';
import { LegalRepository } from './repositories/legal.repository';
import { LineageRepository } from './repositories/lineage.repository';
import { ObligationsRepository } from './repositories/obligations.repository';
import { BulkRepository } from './repositories/bulk.repository';
import { PeopleRepository } from './repositories/people.repository';
import { PortabilityRepository } from './repositories/portability.repository';
import { InventoryDocumentRepository } from './repositories/inventory-document.repository';
import { RecipientsRepository } from './repositories/recipients.repository';
import { AssessmentsRepository } from './repositories/assessments.repository';
import { WebhooksRepository } from './repositories/webhooks.repository';
import { SubprocessorChangesRepository } from './repositories/subprocessor-changes.repository';
import { BreachRepository } from './repositories/breach.repository';

const repositories = [
  InventoryRepository,
  RecipientsRepository,
  FlowsRepository,
  PeopleRepository,
  LedgerRepository,
  AuditRepository,
  ApiTokensRepository,
  LineageRepository,
  BulkRepository,
  LegalRepository,
  HistoryRepository,
  InventoryRevisionRepository,
  AssessmentsRepository,
  WebhooksRepository,
  PortabilityRepository,
  InventoryDocumentRepository,
  ObligationsRepository,
  SubprocessorChangesRepository,
  BreachRepository,
];

/** Binds the storage port to the engine chosen by configuration, and the repositories that hold all Cypher. */
@Global()
@Module({
  providers: [
    {
      provide: GRAPH_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Promise<GraphStore> => openGraphStore(config),
    },
    ...repositories,
  ],
  exports: [GRAPH_STORE, ...repositories],
})
export class GraphModule implements OnApplicationShutdown {
  constructor(@Inject(GRAPH_STORE) private readonly store: GraphStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
