import { randomBytes } from 'node:crypto';

/** A generated id that is a valid slug: a prefix and 16 random hex digits. */
export function generateId(prefix: string): string {
  return `${prefix}-${randomBytes(8).toString('hex')}`;
}
