import type { PersonRef } from '../api/generated/graphql';

/** The identifiers a question can name a person by, in the order the forms offer them (PersonRef takes one). */
export const PERSON_KEYS = ['email', 'phone', 'externalId'] as const satisfies readonly (keyof PersonRef)[];
export type PersonKey = (typeof PERSON_KEYS)[number];

/** A person as a question names them, in a form or in the URL: an identifier and its value. */
export interface PersonInput {
  key: PersonKey;
  value: string;
}

export function asPersonKey(value: string): PersonKey | null {
  return PERSON_KEYS.find((key) => key === value) ?? null;
}

/** The person a URL names (`email=`, `phone=` or `externalId=`, the first one filled in), or null. */
export function personFromParams(params: URLSearchParams): PersonInput | null {
  const key = PERSON_KEYS.find((candidate) => (params.get(candidate) ?? '').trim() !== '');
  return key ? { key, value: (params.get(key) ?? '').trim() } : null;
}

/** The API's reference to that person. */
export function personRefOf(person: PersonInput): PersonRef {
  return { [person.key]: person.value };
}
