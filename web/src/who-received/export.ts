import type { WhoReceived } from './graphql';
import { toCsv } from '../common/download';

const HEADER = [
  'recipient',
  'recipientId',
  'class',
  'categories',
  'purposes',
  'uses',
  'evidence',
  'firstOn',
  'lastOn',
  'optOutViolations',
] as const;

/** The answer as CSV: one row per recipient; lists are joined with "; ". */
export function whoReceivedCsv(answer: WhoReceived): string {
  const rows = answer.recipients.map((row) => [
    row.recipient.name,
    row.recipient.id,
    row.recipient.class,
    row.categories.map((category) => category.name).join('; '),
    row.purposes.map((purpose) => purpose.name).join('; '),
    row.uses.join('; '),
    row.evidence.join('; '),
    row.firstOn,
    row.lastOn,
    row.optOutViolations.map((transfer) => `${transfer.id} (${transfer.occurredOn})`).join('; '),
  ]);
  return toCsv(HEADER, rows);
}

export function whoReceivedJson(answer: WhoReceived): string {
  return `${JSON.stringify(answer, null, 2)}\n`;
}

/** "who-received-<person>-<from>-<to>", safe as a file name. */
export function exportBaseName(answer: WhoReceived): string {
  const person = answer.person.id.replace(/[^a-zA-Z0-9._-]+/g, '-');
  return `who-received-${person}-${answer.from ?? 'start'}-${answer.to}`;
}
