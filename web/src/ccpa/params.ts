import { isIsoDate, todayIso } from '../common/dates';
import { personFromParams, type PersonInput } from '../common/person-keys';
import { questionSearch } from '../who-received/query-params';

/** A right-to-know question as it lives in the URL: optionally a person, named exactly as on the who-received page
 * (`email=`, `phone=` or `externalId=`), and the as-of date (default today). */
export interface CcpaQuestion {
  person: PersonInput | null;
  asOf: string;
}

export function parseCcpaQuestion(search: string, today: Date = new Date()): CcpaQuestion {
  const params = new URLSearchParams(search);
  const asOf = params.get('asOf');
  return { person: personFromParams(params), asOf: isIsoDate(asOf) ? asOf : todayIso(today) };
}

export function ccpaSearch(question: CcpaQuestion): string {
  const person = question.person?.value.trim() ? question.person : null;
  const params = new URLSearchParams(person ? questionSearch({ ...person, from: null, to: null }) : '');
  params.set('asOf', question.asOf);
  return params.toString();
}
