import type { FactoryProvider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { loadPersonIdSecret, PERSON_IDENTITY, PersonIdentity } from './person-identity';

/** The one way a module gets the keyed hasher: from the configured (or generated, kept in DATA_DIR) secret. */
export const personIdentityProvider: FactoryProvider<PersonIdentity> = {
  provide: PERSON_IDENTITY,
  inject: [APP_CONFIG],
  useFactory: (c: AppConfig) => new PersonIdentity(loadPersonIdSecret(c.dataDir, c.personIdSecret)),
};
