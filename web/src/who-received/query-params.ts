import { personFromParams, type PersonInput } from '../common/person-keys';
import { isIsoDate } from '../common/dates';

/** A "who received" question as it lives in the URL: one identifier and an optional window. */
export interface WhoReceivedQuestion extends PersonInput {
  from: string | null;
  to: string | null;
}

export function parseQuestion(search: string): WhoReceivedQuestion | null {
  const params = new URLSearchParams(search);
  const person = personFromParams(params);
  if (!person) return null;
  const from = params.get('from');
  const to = params.get('to');
  return {
    ...person,
    from: isIsoDate(from) ? from : null,
    to: isIsoDate(to) ? to : null,
  };
}

export function questionSearch(question: WhoReceivedQuestion): string {
  const params = new URLSearchParams();
  params.set(question.key, question.value.trim());
  if (question.from) params.set('from', question.from);
  if (question.to) params.set('to', question.to);
  return params.toString();
}
