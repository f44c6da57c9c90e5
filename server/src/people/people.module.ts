import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';
import { loadPersonIdSecret, PERSON_IDENTITY, PersonIdentity } from './person-identity';

@Module({
  providers: [
    {
      provide: PERSON_IDENTITY,
      inject: [APP_CONFIG],
      useFactory: (c: AppConfig) => new PersonIdentity(loadPersonIdSecret(c.dataDir, c.personIdSecret)),
    },
    PeopleService,
    PeopleResolver,
  ],
  exports: [PeopleService],
})
export class PeopleModule {}
