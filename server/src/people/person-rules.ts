/**
 * The person rules, written once and used by the API (people/, audit/) and the bulk importer (bulk/): how an
 * identifier is normalised and masked, which identifiers a person input gives, the one a person is displayed by,
 * how an upsert merges, what a person reference names, and the error when it names nobody. Pure: no I/O.
 */
import { PERSON_IDENTIFIER_KINDS, type PersonIdentifierKind } from '@disclosure-map/graph-schema';
import { AppError, AppErrorCode, badInput, conflictOn } from '../common/app-error';
import { mergeForUpsert } from '../common/merge';

/** A normalised e-mail: something, one "@", something, no white space. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+$/;

/** Normalised forms: emails lower-cased and trimmed, phones as their digits, external ids as given. */
export function normaliseIdentifier(kind: PersonIdentifierKind, value: string): string {
  switch (kind) {
    case 'email':
      return value.trim().toLowerCase();
    case 'phone':
      return value.replace(/\D/g, '');
    case 'externalId':
      return value;
    default: {
      const unknown: never = kind;
      throw new Error(`unknown identifier kind ${String(unknown)}`);
    }
  }
}

/** The masked form people are displayed by: a***@example.com, ***-***-0101, ab***. */
export function maskIdentifier(kind: PersonIdentifierKind, normalised: string): string {
  switch (kind) {
    case 'email': {
      const at = normalised.lastIndexOf('@');
      if (at <= 0) return `${normalised.slice(0, 1)}***`;
      return `${normalised.slice(0, 1)}***${normalised.slice(at)}`;
    }
    case 'phone':
      return `***-***-${normalised.slice(-4)}`;
    case 'externalId':
      return `${normalised.slice(0, 2)}***`;
    default: {
      const unknown: never = kind;
      throw new Error(`unknown identifier kind ${String(unknown)}`);
    }
  }
}

/** One identifier as given in an input (raw, not yet normalised). */
export interface GivenIdentifier {
  kind: PersonIdentifierKind;
  value: string;
}

/** The identifier fields of a person input. */
export type IdentifierFields = { readonly [K in PersonIdentifierKind]?: string | null };

/**
 * The identifiers a person input gives, in PERSON_IDENTIFIER_KINDS order: at least one, none empty once normalised,
 * an e-mail shaped like one. The first broken rule is BAD_USER_INPUT naming its field.
 */
export function givenIdentifiers(input: IdentifierFields): GivenIdentifier[] {
  const given: GivenIdentifier[] = [];
  for (const kind of PERSON_IDENTIFIER_KINDS) {
    const value = input[kind];
    if (value === null || value === undefined) continue;
    const normalised = normaliseIdentifier(kind, value);
    if (normalised === '') throw badInput(kind, 'must not be empty');
    if (kind === 'email' && !EMAIL_PATTERN.test(normalised)) throw badInput('email', 'must be an email address');
    given.push({ kind, value });
  }
  if (!given.length) throw badInput('email', 'a person needs at least one identifier: email, phone or externalId');
  return given;
}

/** The identifier a person is displayed by: the e-mail, else the phone, else the first given. */
export function preferredIdentifier<T extends GivenIdentifier>(identifiers: readonly T[]): T {
  return identifiers.find((i) => i.kind === 'email') ?? identifiers.find((i) => i.kind === 'phone') ?? identifiers[0];
}

/** The masked display of an identifier. */
export function displayOf(identifier: GivenIdentifier): string {
  return maskIdentifier(identifier.kind, normaliseIdentifier(identifier.kind, identifier.value));
}

/** Identifiers of one input that already belong to several people cannot be merged into one: CONFLICT. */
export function singleMatch(matches: readonly string[], identifiers: readonly GivenIdentifier[]): string | null {
  if (matches.length > 1) throw conflictOn(identifiers[0].kind, 'these identifiers belong to different people');
  return matches[0] ?? null;
}

/** The stored facts of a person. */
export interface PersonFacts {
  id: string;
  display: string;
  californiaResident: boolean | null;
  relationshipSince: string | null;
  lastPurchaseOn: string | null;
}

/** The facts a person input may give (left out: keep what is stored; null: clear it). */
export interface GivenPersonFacts {
  californiaResident?: boolean | null;
  relationshipSince?: string | null;
  lastPurchaseOn?: string | null;
}

/** The person an upsert leaves: the stored one (or a new one displayed by its preferred identifier) with the given facts. */
export function mergePerson(id: string, preferred: GivenIdentifier, existing: PersonFacts | null, input: GivenPersonFacts): PersonFacts {
  return mergeForUpsert<PersonFacts>(
    { id, display: displayOf(preferred), californiaResident: null, relationshipSince: null, lastPurchaseOn: null },
    existing,
    { californiaResident: input.californiaResident, relationshipSince: input.relationshipSince, lastPurchaseOn: input.lastPurchaseOn },
  );
}

/** Whether an upsert changed any stored fact. */
export function factsChanged(before: PersonFacts, after: PersonFacts): boolean {
  return (
    before.californiaResident !== after.californiaResident ||
    before.relationshipSince !== after.relationshipSince ||
    before.lastPurchaseOn !== after.lastPurchaseOn
  );
}

/** A person reference names nobody: NOT_FOUND naming the field. */
export class PersonNotFoundError extends AppError {
  constructor(field: string) {
    super(AppErrorCode.NOT_FOUND, `${field}: no person with this identifier`, field);
  }
}

/** What a person reference names: the person's own id, or one identifier. */
export type NamedIdentifier = { kind: PersonIdentifierKind | 'id'; value: string };

/** A person reference as inputs give it (GraphQL's PersonRef, a bulk line's person). */
export type PersonRefFields = IdentifierFields & { readonly id?: string | null };

const REF_KINDS = ['id', ...PERSON_IDENTIFIER_KINDS] as const;

/** The one identifier a reference names (exactly one must be given, and not an empty one); `id` is the person's own id. */
export function namedIdentifier(ref: PersonRefFields, field: string): NamedIdentifier {
  const given = REF_KINDS.filter((k) => ref[k] !== null && ref[k] !== undefined);
  if (given.length !== 1) {
    throw badInput(
      field,
      `must name exactly one identifier (id, email, phone or externalId); got ${given.length ? given.join(', ') : 'none'}`,
    );
  }
  const kind = given[0];
  const value = ref[kind] ?? '';
  if (kind !== 'id' && normaliseIdentifier(kind, value) === '') throw badInput(`${field}.${kind}`, 'must not be empty');
  return { kind, value };
}

/**
 * The people a list of references names, each once in first-named order, found with any lookup (a graph query, a
 * batch's maps); the first reference that names nobody is a PersonNotFoundError naming `fieldOf(index)`.
 */
export function requirePeople<R>(
  refs: readonly R[],
  lookup: (ref: R) => string | null | undefined,
  fieldOf: (index: number) => string,
): string[] {
  const personIds: string[] = [];
  for (let index = 0; index < refs.length; index++) {
    const id = lookup(refs[index]);
    if (id === null || id === undefined) throw new PersonNotFoundError(fieldOf(index));
    if (!personIds.includes(id)) personIds.push(id);
  }
  return personIds;
}

/** requirePeople with a lookup that has to wait (one query a reference); stops at the first one not found. */
export async function requirePeopleAsync<R>(
  refs: readonly R[],
  lookup: (ref: R, index: number) => Promise<string | null | undefined>,
  fieldOf: (index: number) => string,
): Promise<string[]> {
  const found: (string | null | undefined)[] = [];
  for (const [index, ref] of refs.entries()) {
    const id = await lookup(ref, index);
    found.push(id);
    if (id === null || id === undefined) break;
  }
  return requirePeople(found, (id) => id, fieldOf);
}
