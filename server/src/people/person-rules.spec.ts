import { AppError } from '../common/app-error';
import {
  displayOf,
  factsChanged,
  givenIdentifiers,
  mergePerson,
  namedIdentifier,
  PersonNotFoundError,
  preferredIdentifier,
  requirePeople,
  requirePeopleAsync,
  singleMatch,
  type GivenIdentifier,
  type IdentifierFields,
  type PersonFacts,
  type PersonRefFields,
} from './person-rules';

/** The error a rule throws, as [code, field, message], or null when it passes. */
function failure(rule: () => unknown): [string, string | undefined, string] | null {
  try {
    rule();
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return [error.code, error.field, error.message];
  }
}

describe('person rules', () => {
  it.each<[string, IdentifierFields, [string, string | undefined, string] | string[]]>([
    ['an e-mail', { email: 'A@Example.com' }, ['email']],
    ['every kind, in kind order', { phone: '415', externalId: 'c-1', email: 'a@b.c' }, ['email', 'phone', 'externalId']],
    ['none', {}, ['BAD_USER_INPUT', 'email', 'email: a person needs at least one identifier: email, phone or externalId']],
    [
      'nulls only',
      { email: null, phone: null },
      ['BAD_USER_INPUT', 'email', 'email: a person needs at least one identifier: email, phone or externalId'],
    ],
    ['an e-mail of spaces', { email: '   ' }, ['BAD_USER_INPUT', 'email', 'email: must not be empty']],
    ['a phone without digits', { phone: 'call me' }, ['BAD_USER_INPUT', 'phone', 'phone: must not be empty']],
    ['an e-mail without @', { email: 'alice.example.com' }, ['BAD_USER_INPUT', 'email', 'email: must be an email address']],
    ['an e-mail with a space', { email: 'al ice@example.com' }, ['BAD_USER_INPUT', 'email', 'email: must be an email address']],
  ])('given identifiers: %s', (_name, input, expected) => {
    const problem = failure(() => givenIdentifiers(input));
    if (problem) expect(problem).toEqual(expected);
    else expect(givenIdentifiers(input).map((i) => i.kind)).toEqual(expected);
  });

  it.each<[GivenIdentifier[], string, string]>([
    [
      [
        { kind: 'externalId', value: 'c-1' },
        { kind: 'phone', value: '415 555 0101' },
        { kind: 'email', value: 'A@x.org' },
      ],
      'email',
      'a***@x.org',
    ],
    [
      [
        { kind: 'externalId', value: 'c-1' },
        { kind: 'phone', value: '415 555 0101' },
      ],
      'phone',
      '***-***-0101',
    ],
    [[{ kind: 'externalId', value: 'cust-9' }], 'externalId', 'cu***'],
  ])('prefers the e-mail, then the phone, then the first given (%#)', (identifiers, kind, display) => {
    const preferred = preferredIdentifier(identifiers);
    expect(preferred.kind).toBe(kind);
    expect(displayOf(preferred)).toBe(display);
  });

  const stored: PersonFacts = {
    id: 'p1',
    display: 'a***@x.org',
    californiaResident: true,
    relationshipSince: '2020-01-01',
    lastPurchaseOn: null,
  };
  it.each<[string, PersonFacts | null, Parameters<typeof mergePerson>[3], Partial<PersonFacts>, boolean]>([
    [
      'a new person starts from defaults',
      null,
      { californiaResident: false },
      { display: 'b***@y.org', californiaResident: false, lastPurchaseOn: null },
      true,
    ],
    [
      'a field left out keeps its stored value',
      stored,
      { lastPurchaseOn: '2025-01-01' },
      { californiaResident: true, lastPurchaseOn: '2025-01-01' },
      true,
    ],
    ['a field given as null clears it', stored, { relationshipSince: null }, { relationshipSince: null, display: 'a***@x.org' }, true],
    ['the same facts change nothing', stored, { californiaResident: true }, { ...stored }, false],
  ])('merges an upsert: %s', (_name, existing, input, expected, changed) => {
    const merged = mergePerson(existing?.id ?? 'p2', { kind: 'email', value: 'b@y.org' }, existing, input);
    expect(merged).toMatchObject(expected);
    if (existing) expect(factsChanged(existing, merged)).toBe(changed);
  });

  it.each<[string[], string | null | [string, string | undefined, string]]>([
    [[], null],
    [['p1'], 'p1'],
    [
      ['p1', 'p2'],
      ['CONFLICT', 'phone', 'phone: these identifiers belong to different people'],
    ],
  ])('identifiers matching %j people', (matches, expected) => {
    const identifiers = [{ kind: 'phone' as const, value: '1' }];
    const problem = failure(() => singleMatch(matches, identifiers));
    expect(problem ?? singleMatch(matches, identifiers)).toEqual(expected);
  });

  it.each<[PersonRefFields, { kind: string; value: string } | [string, string | undefined, string]]>([
    [{ id: 'person-1' }, { kind: 'id', value: 'person-1' }],
    [
      { email: 'a@b.c', id: null },
      { kind: 'email', value: 'a@b.c' },
    ],
    [{}, ['BAD_USER_INPUT', 'people[2]', 'people[2]: must name exactly one identifier (id, email, phone or externalId); got none']],
    [
      { email: 'a@b.c', externalId: 'x' },
      [
        'BAD_USER_INPUT',
        'people[2]',
        'people[2]: must name exactly one identifier (id, email, phone or externalId); got email, externalId',
      ],
    ],
    [{ phone: '--' }, ['BAD_USER_INPUT', 'people[2].phone', 'people[2].phone: must not be empty']],
  ])('a reference %j names', (ref, expected) => {
    expect(failure(() => namedIdentifier(ref, 'people[2]')) ?? namedIdentifier(ref, 'people[2]')).toEqual(expected);
  });

  const directory = new Map([
    ['a', 'p1'],
    ['b', 'p2'],
    ['c', 'p1'],
  ]);
  it.each<[string[], string[] | [string, string | undefined, string]]>([
    [
      ['a', 'b'],
      ['p1', 'p2'],
    ],
    [
      ['a', 'c', 'b'],
      ['p1', 'p2'],
    ],
    [
      ['a', 'x', 'y'],
      ['NOT_FOUND', 'people[1]', 'people[1]: no person with this identifier'],
    ],
  ])('requires the people %j with any lookup, sync or async', async (refs, expected) => {
    const fieldOf = (i: number) => `people[${i}]`;
    expect(
      failure(() => requirePeople(refs, (r) => directory.get(r), fieldOf)) ?? requirePeople(refs, (r) => directory.get(r), fieldOf),
    ).toEqual(expected);
    const looked: string[] = [];
    const viaQuery = requirePeopleAsync(refs, (r) => (looked.push(r), Promise.resolve(directory.get(r))), fieldOf);
    if (Array.isArray(expected) && expected[0] === 'NOT_FOUND') {
      await expect(viaQuery).rejects.toBeInstanceOf(PersonNotFoundError);
      expect(looked).toEqual(refs.slice(0, 2));
    } else await expect(viaQuery).resolves.toEqual(expected);
  });
});
