import { useEffect, useMemo } from 'react';
import { PERSON_KEYS, type PersonKey, type PersonRef } from '../api/types';
import { navigate } from '../router/router';
import { personKeyLabel } from './labels';
import type { PersonInput } from './PersonFields';

/** How a page's address names a person: by one identifier as typed, or (once found) by the person's id. */
export type QuestionKey = PersonKey | 'id';

/** The URL parameter of each way of naming a person. */
export const questionParam = (key: QuestionKey): string => (key === 'id' ? 'personId' : key);

/** The person a page's address names: `personId=` first, else `email=`, `phone=` or `externalId=`. */
export function parsePersonParam(params: URLSearchParams): { key: QuestionKey; value: string } | null {
  const id = (params.get('personId') ?? '').trim();
  if (id) return { key: 'id', value: id };
  const key = PERSON_KEYS.find((candidate) => (params.get(candidate) ?? '').trim() !== '');
  return key ? { key, value: (params.get(key) ?? '').trim() } : null;
}

export function questionKeyLabel(key: QuestionKey): string {
  return key === 'id' ? 'Person id' : personKeyLabel(key);
}

/** What a question form shows for the person of the address: the identifier as typed; nothing for an id. */
export function formPerson(person: { key: QuestionKey; value: string } | null): PersonInput {
  return person && person.key !== 'id' ? { key: person.key, value: person.value } : { key: 'email', value: '' };
}

/** The question that found a person just before the address switched to their id (JSON of its variables). */
let answered: { path: string; id: string; variables: string } | null = null;

/**
 * The variables a page asks with. When the address has just switched from the identifier to the person's id, the
 * variables that found them are kept, so the page does not ask (and audit) the same question again.
 */
export function useAnsweredVariables(variables: Record<string, unknown>): Record<string, unknown> {
  return useMemo(() => {
    const person = variables.person as PersonRef | null | undefined;
    if (!answered || !person?.id || answered.path !== window.location.pathname || answered.id !== person.id) return variables;
    const previous = JSON.parse(answered.variables) as Record<string, unknown>;
    const sameRest = JSON.stringify({ ...previous, person: null }) === JSON.stringify({ ...variables, person: null });
    return sameRest ? previous : variables;
  }, [variables]);
}

/**
 * Once a page has found its person, the address names them by id: the e-mail, phone or external id leaves the URL
 * (and so history, bookmarks and copied links), replaced in place.
 */
export function usePersonIdInUrl(personId: string | null | undefined, variables: Record<string, unknown>): void {
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
