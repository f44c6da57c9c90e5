import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import type { DestinationStream } from 'pino';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CatalogModule } from './catalog/catalog.module';
import { DateScalarType } from './common/date-type';
import { formatGraphqlError } from './common/graphql-errors';
import { createValidationPipe } from './common/validation.pipe';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { DisclosuresModule } from './disclosures/disclosures.module';
import { GraphModule } from './graph/graph.module';
import { HealthModule } from './health/health.module';
import { InventoryModule } from './inventory/inventory.module';
import { LineageModule } from './lineage/lineage.module';
import { MapModule } from './map/map.module';
import { PeopleModule } from './people/people.module';
import { RecipientsModule } from './recipients/recipients.module';
import { ReportsModule } from './reports/reports.module';
import { SeedModule } from './seed/seed.module';
import { operationLimits } from './security/graphql-limits';
import { securityOf } from './security/security-config';
import { SecurityModule } from './security/security.module';
import { BulkModule } from './bulk/bulk.module';
import { CcpaModule } from './ccpa/ccpa.module';
import { CoverageModule } from './policy-coverage/coverage.module';
import { GdprModule } from './gdpr/gdpr.module';
import { HistoryModule } from './history/history.module';
import { ObservabilityModule } from './observability/observability.module';
import { DocumentsModule } from './documents/documents.module';
import { OrganizationModule } from './organization/organization.module';
import { RequestsModule } from './requests/requests.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { UndeclaredModule } from './undeclared/undeclared.module';
import { RiskAssessmentsModule } from './risk-assessments/risk-assessments.module';
import { PortabilityModule } from './portability/portability.module';
import { InventoryFileModule } from './inventory-file/inventory-file.module';
import { ObligationsModule } from './obligations/obligations.module';
import { IncidentsModule } from './incidents/incidents.module';
import { SubprocessorsModule } from './subprocessors/subprocessors.module';
import './common/enums.graphql';

@Module({})
export class AppModule {
  /** `options.logDestination`: where the JSON log lines go (standard output by default). */
  static forConfig(config: AppConfig, options: { logDestination?: DestinationStream } = {}): DynamicModule {
    const security = securityOf(config);
    return {
      module: AppModule,
      global: true,
      imports: [
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: false,
          resolvers: { Date: DateScalarType },
          playground: false,
          introspection: true, // answered for authenticated callers only (security/introspection.plugin.ts)
          validationRules: [operationLimits(security)],
          // No field carries cache hints (answers are personal, never cached): without this default plugin no field
          // resolver is wrapped for per-field hooks, which cost about 0.3 ms on a whoReceived answer.
          plugins: [ApolloServerPluginCacheControlDisabled()],
          parseOptions: { maxTokens: security.maxTokens },
          allowBatchedHttpRequests: false,
          includeStacktraceInErrorResponses: false,
          context: ({ req }: { req: unknown }) => ({ req }),
          formatError: (formatted, error) => formatGraphqlError(formatted, error, config.production),
        }),
        ObservabilityModule.forConfig(config, options.logDestination),
        GraphModule,
        CatalogModule,
        AuthModule,
        AuditModule,
        HealthModule,
        InventoryModule,
        RecipientsModule,
        DisclosuresModule,
        PeopleModule,
        LineageModule,
        ReportsModule,
        MapModule,
        SeedModule,
        SecurityModule,
        BulkModule,
        OrganizationModule,
        RequestsModule,
        ObligationsModule,
        DocumentsModule,
        CcpaModule,
        CoverageModule,
        GdprModule,
        HistoryModule,
        WebhooksModule,
        UndeclaredModule,
        RiskAssessmentsModule,
        PortabilityModule,
        InventoryFileModule,
        SubprocessorsModule,
        IncidentsModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
      exports: [APP_CONFIG],
    };
  }
}
