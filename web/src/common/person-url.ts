import { useEffect } from 'react';
import { PERSON_KEYS, type PersonKey } from '../api/types';
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

/**
 * Once a page has found its person, the address names them by id: the e-mail, phone or external id leaves the URL
 * (and so history, bookmarks and copied links), replaced in place.
 */
export function usePersonIdInUrl(personId: string | null | undefined): void {
  useEffect(() => {
    if (!personId) return;
    const params = new URLSearchParams(window.location.search);
    if (!PERSON_KEYS.some((key) => params.has(key))) return;
    for (const key of PERSON_KEYS) params.delete(key);
    params.set('personId', personId);
    navigate(`${window.location.pathname}?${params.toString()}`, { replace: true });
  }, [personId]);
}
