import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { loadPersonIdSecret, PERSON_IDENTITY, PersonIdentity } from '../people/person-identity';
import { AuditInterceptor } from './audit.interceptor';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

@Global()
@Module({
  providers: [
    // Failed look-ups are recorded by the keyed hash of the identifier they were given.
    {
      provide: PERSON_IDENTITY,
      inject: [APP_CONFIG],
      useFactory: (c: AppConfig) => new PersonIdentity(loadPersonIdSecret(c.dataDir, c.personIdSecret)),
    },
    AuditService,
    AuditResolver,
    { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
  ],
  exports: [AuditService],
})
export class AuditModule {}
