import { Module } from '@nestjs/common';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';
import { personIdentityProvider } from './person-identity.provider';

@Module({
  providers: [personIdentityProvider, PeopleService, PeopleResolver],
  exports: [PeopleService],
})
export class PeopleModule {}
