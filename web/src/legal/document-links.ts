/**
 * Links to the server's document routes (/reports/…). A link cannot send an
 * Authorization header, so the signed-in token travels as `?token=`.
 */
export function documentUrl(path: string, params: Record<string, string | null | undefined>, token: string | null): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  if (token) search.set('token', token);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** `person` is how the page names the person: an email or external id goes as `person=`, a phone as `phone=`. */
export const shineTheLightDocument = (
  year: number,
  format: 'html' | 'pdf' | 'csv',
  person: { key: string; value: string } | null,
  token: string | null,
) =>
  documentUrl(
    `/reports/shine-the-light/${year}.${format}`,
    person?.key === 'phone' ? { phone: person.value } : { person: person?.value ?? null },
    token,
  );

/** The document a response to a request should carry: for Shine the Light, the letter for the preceding calendar year. */
export function responseDocumentFor(kind: string, receivedOn: string, personId: string): string | null {
  if (kind !== 'SHINE_THE_LIGHT') return null;
  return `/reports/shine-the-light/${Number(receivedOn.slice(0, 4)) - 1}.pdf?personId=${encodeURIComponent(personId)}`;
}

/** A stored document reference made openable in the browser (the signed-in token appended). */
export function withToken(ref: string, token: string | null): string {
  if (!token || !ref.startsWith('/reports/')) return ref;
  return `${ref}${ref.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;
}
