/** Paths of the server's document routes (/reports/…), without any token: downloads send it as a header (open-document.ts). */
export function documentUrl(path: string, params: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** The letter for a year; a person is named by their id (never by e-mail in a URL). */
export const shineTheLightDocument = (year: number, format: 'html' | 'pdf' | 'csv', personId: string | null) =>
  documentUrl(`/reports/shine-the-light/${year}.${format}`, { personId });

/** The document a response to a request should carry: for Shine the Light, the letter for the preceding calendar year. */
export function responseDocumentFor(kind: string, receivedOn: string, personId: string): string | null {
  if (kind !== 'SHINE_THE_LIGHT') return null;
  return `/reports/shine-the-light/${Number(receivedOn.slice(0, 4)) - 1}.pdf?personId=${encodeURIComponent(personId)}`;
}
