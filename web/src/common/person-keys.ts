import type { PersonRef } from '../api/generated/graphql';

/** The identifiers a question can name a person by, in the order the forms offer them (PersonRef takes one). */
export const PERSON_KEYS = ['email', 'phone', 'externalId'] as const satisfies readonly (keyof PersonRef)[];
export type PersonKey = (typeof PERSON_KEYS)[number];
