import type { PersonRef } from '../api/generated/graphql';
import { isIsoDate, todayIso } from '../common/dates';
import { parseQuestion, personRef, questionSearch, type WhoReceivedQuestion } from '../who-received/query-params';

/** The person, named in the URL exactly as on the who-received page (`email=`, `phone=` or `externalId=`). */
export type CcpaPerson = Pick<WhoReceivedQuestion, 'key' | 'value'>;

/** A right-to-know question as it lives in the URL: optionally a person, and the as-of date (default today). */
export interface CcpaQuestion {
  person: CcpaPerson | null;
  asOf: string;
}

export function parseCcpaQuestion(search: string, today: Date = new Date()): CcpaQuestion {
  const person = parseQuestion(search);
  const asOf = new URLSearchParams(search).get('asOf');
  return {
    person: person ? { key: person.key, value: person.value } : null,
    asOf: isIsoDate(asOf) ? asOf : todayIso(today),
  };
}

export function ccpaSearch(question: CcpaQuestion): string {
  const person = question.person?.value.trim() ? question.person : null;
  const params = new URLSearchParams(person ? questionSearch({ ...person, from: null, to: null }) : '');
  params.set('asOf', question.asOf);
  return params.toString();
}

export function ccpaPersonRef(person: CcpaPerson): PersonRef {
  return personRef({ ...person, from: null, to: null });
}
