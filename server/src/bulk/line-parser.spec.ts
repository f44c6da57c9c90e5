import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { passesTransferInput, TransferInput } from '../people/dto/people.inputs';
import { parseLine, type KnownIds } from './line-parser';

const known: KnownIds = {
  Segment: new Set(['customers']),
  Recipient: new Set(['payments']),
  DataCategory: new Set(['email-address', 'payment-information']),
  Purpose: new Set(['billing']),
};
const hash = (kind: string, value: string) => `${kind}:#${value}`;

const good = {
  id: 'transfer-1',
  recipientId: 'payments',
  categoryIds: ['email-address'],
  purposeIds: ['billing'],
  use: 'ON_OUR_BEHALF',
  occurredOn: '2025-02-03',
  people: [{ externalId: 'c-1' }, { email: 'A@x.org' }, { id: 'person-9' }],
};

/** Variants of a transfer line, each breaking (or keeping) one rule of TransferInput's decorators. */
const VARIANTS: [string, Record<string, unknown>][] = [
  ['a good line', {}],
  ['no id', { id: undefined }],
  ['a null id', { id: null }],
  ['an id that is not a slug', { id: 'Transfer 1' }],
  ['a numeric recipient', { recipientId: 7 }],
  ['no categories', { categoryIds: [] }],
  ['a category twice', { categoryIds: ['email-address', 'email-address'] }],
  ['categories not a list', { categoryIds: 'email-address' }],
  ['a purpose not a slug', { purposeIds: ['Billing!'] }],
  ['null purposes', { purposeIds: null }],
  ['an unknown use', { use: 'GIVEN_AWAY' }],
  ['no people', { people: [] }],
  ['people not a list', { people: { externalId: 'c-1' } }],
  ['a person that is a string', { people: ['c-1'] }],
  ['an empty external id', { people: [{ externalId: '' }] }],
  ['a 321-character e-mail', { people: [{ email: `${'a'.repeat(310)}@example.c` }] }],
  ['a 101-character person id', { people: [{ id: 'p'.repeat(101) }] }],
  ['a numeric phone', { people: [{ phone: 4155550101 }] }],
  ['an astral-plane external id (two UTF-16 units, one character)', { people: [{ externalId: '\u{1F600}' }] }],
  ['an unknown key beside the identifier', { people: [{ externalId: 'c-1', nickname: 'x' }] }],
  ['10,001 people', { people: Array.from({ length: 10_001 }, (_, i) => ({ externalId: `c-${i}` })) }],
];

describe('the transfer line fast check', () => {
  it.each(VARIANTS)('agrees with class-validator: %s', (_name, change) => {
    const plain: Record<string, unknown> = { ...good, ...change };
    const classValidatorErrors = validateSync(plainToInstance(TransferInput, plain), {
      forbidUnknownValues: false,
      stopAtFirstError: true,
    });
    expect(passesTransferInput(plain)).toBe(classValidatorErrors.length === 0);
  });

  it.each(VARIANTS)('parses to what the class-validator path gives: %s', (_name, change) => {
    const value = { kind: 'transfer', ...good, ...change };
    const parsed = parseLine({ line: 7, value, error: null }, known, hash);
    // The same line through class-validator alone (the importer before the fast check), for the reference answer.
    const plain = { ...good, ...change };
    const errors = validateSync(plainToInstance(TransferInput, plain), { forbidUnknownValues: false, stopAtFirstError: true });
    if (errors.length) expect(parsed).toMatchObject({ line: 7, code: 'BAD_USER_INPUT' });
    else if ('refs' in parsed)
      expect(parsed.refs).toEqual(
        plain.people.map((p) => Object.entries(p).map(([k, v]) => (k === 'id' ? `id:${String(v)}` : hash(k, String(v))))[0]),
      );
  });

  it.each<[string, Record<string, unknown>, [string | null, string]]>([
    ['a line that is not a kind', { kind: 'alien' }, ['kind', 'kind: must be one of person, membership, transfer, optOut, request']],
    [
      'an impossible date',
      { ...good, kind: 'transfer', occurredOn: '2025-02-30' },
      ['occurredOn', 'occurredOn: must be a real calendar date written YYYY-MM-DD'],
    ],
    ['a missing date', { ...good, kind: 'transfer', occurredOn: undefined }, ['occurredOn', 'occurredOn: is required']],
    [
      'an unknown recipient',
      { ...good, kind: 'transfer', recipientId: 'broker' },
      ['recipientId', 'recipientId: no Recipient with id "broker"'],
    ],
    [
      'an unknown second category',
      { ...good, kind: 'transfer', categoryIds: ['email-address', 'x'] },
      ['categoryIds[1]', 'categoryIds[1]: no DataCategory with id "x"'],
    ],
    [
      'two identifiers in one reference',
      { ...good, kind: 'transfer', people: [{ email: 'a@b.c', externalId: 'c' }] },
      ['people[0]', 'people[0]: must name exactly one identifier (id, email, phone or externalId); got email, externalId'],
    ],
    [
      'an empty e-mail (class-validator wording)',
      { ...good, kind: 'transfer', people: [{ email: '' }] },
      ['people[0].email', 'people[0].email: email must be longer than or equal to 1 characters'],
    ],
    [
      'a person without identifiers',
      { kind: 'person' },
      ['email', 'email: a person needs at least one identifier: email, phone or externalId'],
    ],
    [
      'a request with an unknown request kind',
      { kind: 'request', requestKind: 'CCPA_FORGET', person: { email: 'a@b.c' }, receivedOn: '2025-03-10', channel: 'x' },
      ['requestKind', expect.stringMatching(/^requestKind: /)],
    ],
  ])('rejects %s with its field and message', (_name, value, [field, reason]) => {
    expect(parseLine({ line: 3, value, error: null }, known, hash)).toEqual({ line: 3, code: 'BAD_USER_INPUT', field, reason });
  });

  it("rejects a line that could not be read, with the reader's reason", () => {
    expect(parseLine({ line: 2, value: null, error: 'not valid JSON (x)' }, known, hash)).toEqual({
      line: 2,
      code: 'BAD_USER_INPUT',
      field: null,
      reason: 'not valid JSON (x)',
    });
  });
});
