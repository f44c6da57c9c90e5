import { createHash } from 'node:crypto';
import type { RequestInput } from '../requests/dto/request.inputs';
import type { TransferInput } from '../people/dto/people.inputs';

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 24);

/** Ids derived from content, so importing the same line again finds what the first import created. */
export const derivedIds = {
  person: (identifierId: string) => `person-${shortHash(identifierId)}`,
  transfer: (t: TransferInput) =>
    `transfer-${shortHash(JSON.stringify([t.recipientId, t.occurredOn, t.use, t.categoryIds, t.purposeIds ?? [], t.people]))}`,
  optOut: (personId: string, scope: string, effectiveOn: string) => `optout-${shortHash(`${personId}|${scope}|${effectiveOn}`)}`,
  request: (personId: string, r: RequestInput) =>
    `request-${shortHash(JSON.stringify([personId, r.kind, r.receivedOn, r.channel, r.designatedChannel ?? true]))}`,
};
