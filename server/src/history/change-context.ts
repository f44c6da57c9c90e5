import { AsyncLocalStorage } from 'node:async_hooks';
import type { Actor } from '../auth/actor';

/**
 * Who is changing the inventory in the current request. The history interceptor
 * sets it around each GraphQL mutation from the guard's actor, so the services'
 * unit-of-work methods (also used by the seed loader and scripts) need no extra
 * parameter; outside a request the change is the system's.
 */
const store = new AsyncLocalStorage<Actor>();

export const SYSTEM_ACTOR: Actor = { name: 'system', role: 'ADMIN' };

export function runAs<T>(actor: Actor, work: () => T): T {
  return store.run(actor, work);
}

export function currentChangeActor(): Actor {
  return store.getStore() ?? SYSTEM_ACTOR;
}
