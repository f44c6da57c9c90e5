import { PERSON_IDENTIFIER_KINDS, type PersonIdentifierKind } from '@disclosure-map/graph-schema';
import { badInput } from '../common/app-error';
import type { PersonRef } from './dto/people.inputs';
import { normaliseIdentifier } from './person-identity';

/** What a PersonRef names: the person's own id, or one identifier. */
export type NamedIdentifier = { kind: PersonIdentifierKind | 'id'; value: string };

/** The one identifier a PersonRef names (exactly one must be given, and not an empty one); `id` is the person's own id. */
export function namedIdentifier(ref: PersonRef, field: string): NamedIdentifier {
  const given = (['id', ...PERSON_IDENTIFIER_KINDS] as const).filter((k) => ref[k] !== null && ref[k] !== undefined);
  if (given.length !== 1) {
    throw badInput(
      field,
      `must name exactly one identifier (id, email, phone or externalId); got ${given.length ? given.join(', ') : 'none'}`,
    );
  }
  const kind = given[0];
  const value = ref[kind] as string;
  if (kind !== 'id' && normaliseIdentifier(kind, value) === '') throw badInput(`${field}.${kind}`, 'must not be empty');
  return { kind, value };
}
