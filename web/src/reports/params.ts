import { personFromParams, type PersonInput } from '../common/person-keys';

/** The report a URL asks for: a year (default: the preceding calendar year) and optionally one person. */
export interface ReportQuestion {
  year: number;
  person: PersonInput | null;
}

export function defaultReportYear(today: Date = new Date()): number {
  return today.getUTCFullYear() - 1;
}

export function parseReportQuestion(search: string, today: Date = new Date()): ReportQuestion {
  const params = new URLSearchParams(search);
  const yearText = params.get('year') ?? '';
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : defaultReportYear(today);
  return { year, person: personFromParams(params) };
}

export function reportSearch(question: ReportQuestion): string {
  const params = new URLSearchParams();
  params.set('year', String(question.year));
  if (question.person && question.person.value.trim()) params.set(question.person.key, question.person.value.trim());
  return params.toString();
}
