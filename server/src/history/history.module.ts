import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { HistoryInterceptor } from './history.interceptor';
import { HistoryResolver } from './history.resolver';
import { HistoryService } from './history.service';

/** Global: the inventory services record their changes through HistoryService. */
@Global()
@Module({
  providers: [HistoryService, HistoryResolver, { provide: APP_INTERCEPTOR, useClass: HistoryInterceptor }],
  exports: [HistoryService],
})
export class HistoryModule {}
