import { documentItem, entityChange, flowChange, missingFlows } from './inventory-plan';

describe('entityChange', () => {
  it.each([
    ['a new id is added', undefined, { id: 'a', name: 'A' }, { action: 'ADD', fields: [] }],
    ['the same values change nothing', { id: 'a', name: 'A', sensitive: false }, { id: 'a', name: 'A' }, null],
    ['a left-out field keeps its value', { id: 'a', name: 'A', description: 'x' }, { id: 'a', name: 'A' }, null],
    ['a changed field is named', { id: 'a', name: 'A' }, { id: 'a', name: 'B' }, { action: 'CHANGE', fields: ['name'] }],
    [
      'lists compare as sets; empty is absent',
      { id: 'a', ccpa: ['X', 'Y'], shineTheLight: null },
      { id: 'a', ccpa: ['Y', 'X'], shineTheLight: [] },
      null,
    ],
  ])('%s', (_name, current, desired, expected) => expect(entityChange(current, desired)).toEqual(expected));
});

describe('flowChange', () => {
  const flow = { id: 'd1', recipientId: 'r', categoryIds: ['a', 'b'], use: 'ON_OUR_BEHALF', validFrom: '2024-01-01', validTo: null };
  it.each([
    ['a new id is added', undefined, flow, { action: 'ADD', fields: [] }],
    ['the same flow changes nothing', flow, { ...flow, categoryIds: ['b', 'a'] }, null],
    ['a validTo ends it', flow, { ...flow, validTo: '2025-06-30' }, { action: 'END', fields: ['validTo'] }],
    [
      'a later validTo moves the end',
      { ...flow, validTo: '2025-06-30' },
      { ...flow, validTo: '2025-12-31' },
      { action: 'END', fields: ['validTo'] },
    ],
  ])('%s', (_name, current, desired, expected) => expect(flowChange(current, desired)).toEqual(expected));

  it.each([
    ['another recipient', { ...flow, recipientId: 'other' }, /cannot change \(recipientId\)/],
    ['one category fewer', { ...flow, categoryIds: ['a'] }, /cannot change \(categoryIds\)/],
  ])('refuses %s', (_name, desired, message) =>
    expect(flowChange(flow, desired)).toEqual({ refused: expect.stringMatching(message) as unknown }),
  );

  it('refuses to reopen an ended flow', () => {
    expect(flowChange({ ...flow, validTo: '2025-06-30' }, flow)).toEqual({
      refused: expect.stringMatching(/cannot be reopened/) as unknown,
    });
  });
});

describe('missingFlows and documentItem', () => {
  it('names the recorded flows a document leaves out', () => {
    expect(missingFlows([{ id: 'a' }, { id: 'b' }], [{ id: 'b' }])).toEqual(['a']);
  });
  it('leaves nulls and empty lists out of a pulled item', () => {
    expect(documentItem({ id: 'a', description: null, ccpa: [], sensitive: false })).toEqual({ id: 'a', sensitive: false });
  });
});
