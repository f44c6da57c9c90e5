import { href } from '../router/router';

/** The map focused on one recipient's paths (other pages link here), as of a day when given. */
export function recipientOnMapHref(recipientId: string, asOf: string | null = null): string {
  return href('/map', { focus: `recipient:${recipientId}`, asOf });
}
