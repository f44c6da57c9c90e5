import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DeliveryWorker } from './delivery-worker';
import { DueSoonScan } from './due-soon.scan';
import { OutboxService } from './outbox.service';
import { SECRET_BOX, SecretBox } from './signing';
import { TransferEventsService } from './transfer-events.service';
import { WebhooksResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';

/** Global: inventory, ledger and sub-processor writes emit their events through OutboxService in their own unit of work. */
@Global()
@Module({
  providers: [
    { provide: SECRET_BOX, inject: [APP_CONFIG], useFactory: (c: AppConfig) => SecretBox.forDataDir(c.dataDir) },
    OutboxService,
    TransferEventsService,
    DueSoonScan,
    DeliveryWorker,
    WebhooksService,
    WebhooksResolver,
  ],
  exports: [OutboxService, TransferEventsService, DeliveryWorker],
})
export class WebhooksModule {}
