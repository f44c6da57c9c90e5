import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { AppConfig } from '../config/app-config';
import { loggingParams } from './logging';
import { MetricsController } from './metrics.controller';
import { MetricsPlugin } from './metrics.plugin';
import { MetricsServer } from './metrics-server';
import { MetricsService } from './metrics.service';
import { observabilityOf } from './observability-config';

/** Structured logs with request ids (logging.ts) and Prometheus metrics (/metrics, METRICS_PORT). */
@Module({})
export class ObservabilityModule {
  /** `logDestination`: where the JSON lines go (standard output by default; tests capture them). */
  static forConfig(config: AppConfig, logDestination?: DestinationStream): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [LoggerModule.forRoot(loggingParams(observabilityOf(config).logLevel, logDestination))],
      controllers: [MetricsController],
      providers: [MetricsService, MetricsPlugin, MetricsServer],
      exports: [MetricsService],
    };
  }
}
