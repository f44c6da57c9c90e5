import { useEffect, useMemo } from 'react';
import type { PersonRef } from '../api/generated/graphql';
import { navigate } from '../router/router';

/** The identifiers a question can name a person by, in the order the forms offer them (PersonRef takes one). */
export const PERSON_KEYS = ['email', 'phone', 'externalId'] as const satisfies readonly (keyof PersonRef)[];
export type PersonKey = (typeof PERSON_KEYS)[number];

/** A person as a form names them: an identifier and its value. */
export interface PersonInput {
  key: PersonKey;
  value: string;
}

/** How a page's address names a person: by one identifier as typed, or (once found) by the person's id. */
export type QuestionKey = PersonKey | 'id';

/** A person as a page's address names them. */
export interface PersonQuestion {
  key: QuestionKey;
  value: string;
}

export function asPersonKey(value: string): PersonKey | null {
  return PERSON_KEYS.find((key) => key === value) ?? null;
}

/** The URL parameter of each way of naming a person. */
export const questionParam = (key: QuestionKey): string => (key === 'id' ? 'personId' : key);

/** The person a page's address names: `personId=` first, else `email=`, `phone=` or `externalId=` (the first filled in). */
export function personFromParams(params: URLSearchParams): PersonQuestion | null {
  const id = (params.get('personId') ?? '').trim();
  if (id) return { key: 'id', value: id };
  const key = PERSON_KEYS.find((candidate) => (params.get(candidate) ?? '').trim() !== '');
  return key ? { key, value: (params.get(key) ?? '').trim() } : null;
}

/** The API's reference to that person. */
export function personRefOf(person: PersonQuestion): PersonRef {
  return { [person.key]: person.value };
}

export function questionKeyLabel(key: QuestionKey): string {
  return key === 'id' ? 'Person id' : personKeyLabel(key);
}

/** What a question form shows for the person of the address: the identifier as typed; nothing for an id. */
export function formPerson(person: PersonQuestion | null): PersonInput {
  return person && person.key !== 'id' ? { key: person.key, value: person.value } : { key: 'email', value: '' };
}

/** The question that found a person just before the address switched to their id (JSON of its variables). */
let answered: { path: string; id: string; variables: string } | null = null;

/**
 * The variables a page asks with. When the address has just switched from the identifier to the person's id, the
 * variables that found them are kept, so the page does not ask (and audit) the same question again.
 */
export function useAnsweredVariables<V extends object>(variables: V): V {
  return useMemo(() => {
    const person = (variables as { person?: PersonRef | null }).person;
    if (!answered || !person?.id || answered.path !== window.location.pathname || answered.id !== person.id) return variables;
    const previous = JSON.parse(answered.variables) as V;
    const sameRest = JSON.stringify({ ...previous, person: null }) === JSON.stringify({ ...variables, person: null });
    return sameRest ? previous : variables;
  }, [variables]);
}

/**
 * Once a page has found its person, the address names them by id: the e-mail, phone or external id leaves the URL
 * (and so history, bookmarks and copied links), replaced in place.
 */
export function usePersonIdInUrl(personId: string | null | undefined, variables: object): void {
  useEffect(() => {
    if (!personId) return;
    const params = new URLSearchParams(window.location.search);
    if (!PERSON_KEYS.some((key) => params.has(key))) return;
    for (const key of PERSON_KEYS) params.delete(key);
    params.set('personId', personId);
    answered = { path: window.location.pathname, id: personId, variables: JSON.stringify(variables) };
    navigate(`${window.location.pathname}?${params.toString()}`, { replace: true });
  }, [personId, variables]);
}

/** How a form names each identifier. */
export function personKeyLabel(value: PersonKey): string {
  switch (value) {
    case 'email':
      return 'Email address';
    case 'phone':
      return 'Phone number';
    case 'externalId':
      return 'External id';
  }
}
