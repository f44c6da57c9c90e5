/**
 * The bulk importer's line parser: one input line → a checked, hashed line or its rejection. Pure (the inventory's
 * ids and the identifier hash are given), so it runs on the main thread or in a parse worker alike.
 */
import type { NodeLabel, PersonIdentifierKind } from '@disclosure-map/graph-schema';
import { AppError, AppErrorCode, badInput } from '../common/app-error';
import { requireKnown, requireOrderedDates, type ReferenceCheck } from '../common/references';
import { transferReferences } from '../people/transfer-rules';
import { OptOutInput, PersonInput, type PersonRef, TransferInput, passesTransferInput } from '../people/dto/people.inputs';
import { givenIdentifiers, namedIdentifier } from '../people/person-rules';
import { RequestInput } from '../requests/dto/request.inputs';
import type { InputLine } from './bulk-lines';
import { derivedIds } from './derived-ids';
import { BULK_LINE_KINDS, type BulkLineKind, MembershipLine } from './dto/bulk-line.inputs';
import { checkDates, requireDates, validatedLine } from './validate-line';

/** Ids of the inventory a line may name, loaded once per import. */
export type KnownIds = Record<'Segment' | 'Recipient' | 'DataCategory' | 'Purpose', ReadonlySet<string>>;

/** The keyed hash of an identifier (PersonIdentity.identifierId). */
export type IdentifierHash = (kind: PersonIdentifierKind, value: string) => string;

/**
 * A person reference of a line, as one string (compact, for the trip from a parse worker): the identifier's keyed
 * hash ("<kind>:<hmac>", kind email, phone or externalId), or "id:<person id>" for the person's own id.
 */
export type RefKey = string;
const ID_PREFIX = 'id:';
/** The person id a reference key names directly, or null for an identifier's hash. */
export const personIdOf = (key: RefKey): string | null => (key.startsWith(ID_PREFIX) ? key.slice(ID_PREFIX.length) : null);

/** An identifier a person line gives, with its hash. */
export type IdentifierRef = { kind: PersonIdentifierKind; value: string; key: string };

/** A transfer line without its people (they travel as `refs`), and the transfer's id (given or derived). */
export type TransferLine = Omit<TransferInput, 'people' | 'id'>;

export type Parsed =
  | { kind: 'person'; line: number; input: PersonInput; identifiers: IdentifierRef[] }
  | { kind: 'membership'; line: number; input: MembershipLine; ref: RefKey }
  | { kind: 'transfer'; line: number; id: string; input: TransferLine; refs: RefKey[] }
  | { kind: 'optOut'; line: number; input: OptOutInput; ref: RefKey }
  | { kind: 'request'; line: number; input: RequestInput; ref: RefKey };

export interface Rejection {
  line: number;
  code: AppErrorCode;
  field: string | null;
  reason: string;
}

export const isRejection = (x: Parsed | Rejection): x is Rejection => 'reason' in x;

export const rejectionOf = (line: number, error: AppError): Rejection => ({
  line,
  code: error.code,
  field: error.field ?? null,
  reason: error.message,
});

/** The inventory ids a line names must exist (common/references.ts's rule, over the ids loaded for the import). */
export function requireInInventory(known: KnownIds, checks: (ReferenceCheck & { label: keyof KnownIds })[]): void {
  const inInventory = (label: NodeLabel): label is keyof KnownIds => label in known;
  requireKnown(checks, (label, ids) => (inInventory(label) ? ids.filter((id) => !known[label].has(id)) : ids));
}

export function refOf(ref: PersonRef, field: string, hash: IdentifierHash): RefKey {
  const { kind, value } = namedIdentifier(ref, field);
  return kind === 'id' ? `${ID_PREFIX}${value}` : hash(kind, value);
}

/** A checked transfer input as the planner takes it: its id, its fields, its people as reference keys. */
export function transferLine(line: number, input: TransferInput, hash: IdentifierHash): Extract<Parsed, { kind: 'transfer' }> {
  const { people, id, ...fields } = input;
  return {
    kind: 'transfer',
    line,
    id: id ?? derivedIds.transfer(input),
    input: fields,
    refs: people.map((p, i) => refOf(p, `people[${i}]`, hash)),
  };
}

/** A transfer line's input: the fast check first, class-validator (for its exact message) only when that refuses. */
function transferInput(plain: Record<string, unknown>): TransferInput {
  checkDates(plain, '');
  return passesTransferInput(plain) ? plain : validatedLine(TransferInput, plain);
}

/** One line, checked as the API checks the same input (everything but the people it names, resolved per batch). */
function parse(line: number, value: Record<string, unknown>, known: KnownIds, hash: IdentifierHash): Parsed {
  const { kind, ...plain } = value;
  const lineKind = BULK_LINE_KINDS.find((k) => k === kind);
  if (lineKind === undefined) throw badInput('kind', `must be one of ${BULK_LINE_KINDS.join(', ')}`);
  return PARSERS[lineKind](line, plain, known, hash);
}

type LineParser = (line: number, plain: Record<string, unknown>, known: KnownIds, hash: IdentifierHash) => Parsed;

const PARSERS = {
  person: (line, plain, known, hash) => {
    const input = validatedLine(PersonInput, plain);
    const identifiers = givenIdentifiers(input).map((i) => ({ ...i, key: hash(i.kind, i.value) }));
    for (const [i, m] of (input.memberships ?? []).entries()) {
      if (!m.since) throw badInput(`memberships[${i}].since`, 'is required');
      requireOrderedDates(m.since, m.until, `memberships[${i}].until`, 'since');
      requireInInventory(known, [{ field: `memberships[${i}].segmentId`, label: 'Segment', ids: m.segmentId }]);
    }
    return { kind: 'person', line, input, identifiers };
  },
  membership: (line, plain, known, hash) => {
    requireDates(plain, ['since']);
    const input = validatedLine(MembershipLine, plain);
    requireOrderedDates(input.since, input.until, 'until', 'since');
    requireInInventory(known, [{ field: 'segmentId', label: 'Segment', ids: input.segmentId }]);
    return { kind: 'membership', line, input, ref: refOf(input.person, 'person', hash) };
  },
  transfer: (line, plain, known, hash) => {
    requireDates(plain, ['occurredOn']);
    const input = transferInput(plain);
    requireInInventory(known, transferReferences(input));
    return transferLine(line, input, hash);
  },
  optOut: (line, plain, _known, hash) => {
    requireDates(plain, ['effectiveOn']);
    const input = validatedLine(OptOutInput, plain);
    return { kind: 'optOut', line, input, ref: refOf(input.person, 'person', hash) };
  },
  request: (line, plain, _known, hash) => {
    // The line's `kind` says what the line is; the request's own kind is `requestKind`.
    const { requestKind, ...rest } = plain;
    requireDates(rest, ['receivedOn']);
    let input: RequestInput;
    try {
      input = validatedLine(RequestInput, { ...rest, kind: requestKind });
    } catch (error) {
      throw error instanceof AppError && error.field === 'kind' ? badInput('requestKind', error.message.replace(/^kind: /, '')) : error;
    }
    return { kind: 'request', line, input, ref: refOf(input.person, 'person', hash) };
  },
} satisfies Record<BulkLineKind, LineParser>;

/** One input line → its parsed form, or why it is rejected (a line that could not be read, a broken rule). */
export function parseLine(item: InputLine, known: KnownIds, hash: IdentifierHash): Parsed | Rejection {
  if (item.error !== null || item.value === null) {
    return { line: item.line, code: AppErrorCode.BAD_USER_INPUT, field: null, reason: item.error ?? 'empty' };
  }
  try {
    return parse(item.line, item.value, known, hash);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return rejectionOf(item.line, error);
  }
}

/** How many person rows a parsed line adds to its batch (transfers count each person they name). */
export const transferPeopleOf = (p: Parsed): number => (p.kind === 'transfer' ? p.refs.length : 0);
