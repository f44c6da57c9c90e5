import { PERSON_KEYS, type PersonKey } from '../common/person-keys';

/** The report a URL asks for: a year (default: the preceding calendar year) and optionally one person. */
export interface ReportQuestion {
  year: number;
  person: { key: PersonKey; value: string } | null;
}

export function defaultReportYear(today: Date = new Date()): number {
  return today.getUTCFullYear() - 1;
}

export function parseReportQuestion(search: string, today: Date = new Date()): ReportQuestion {
  const params = new URLSearchParams(search);
  const yearText = params.get('year') ?? '';
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : defaultReportYear(today);
  const key = PERSON_KEYS.find((candidate) => (params.get(candidate) ?? '').trim() !== '');
  return { year, person: key ? { key, value: (params.get(key) ?? '').trim() } : null };
}

export function reportSearch(question: ReportQuestion): string {
  const params = new URLSearchParams();
  params.set('year', String(question.year));
  if (question.person && question.person.value.trim()) params.set(question.person.key, question.person.value.trim());
  return params.toString();
}
