import { personRefOf } from '../common/person-keys';
import { ccpaSearch, parseCcpaQuestion } from './params';

const TODAY = new Date('2026-03-15T12:00:00Z');

describe('CCPA right-to-know URL parameters', () => {
  it.each([
    ['', { person: null, asOf: '2026-03-15' }],
    ['asOf=2025-12-31', { person: null, asOf: '2025-12-31' }],
    ['asOf=2025-02-30', { person: null, asOf: '2026-03-15' }],
    [
      'email=%20carmen.diaz%40example.com%20&asOf=2025-12-31',
      { person: { key: 'email', value: 'carmen.diaz@example.com' }, asOf: '2025-12-31' },
    ],
    ['phone=%2B1%20415%20555%200101', { person: { key: 'phone', value: '+1 415 555 0101' }, asOf: '2026-03-15' }],
    ['externalId=cust-1001&from=2025-01-01', { person: { key: 'externalId', value: 'cust-1001' }, asOf: '2026-03-15' }],
  ])('reads %j', (search, expected) => {
    expect(parseCcpaQuestion(search, TODAY)).toEqual(expected);
  });

  it('writes the person as who-received does, then the as-of date, and reads it back', () => {
    const question = { person: { key: 'email' as const, value: 'carmen.diaz@example.com' }, asOf: '2025-12-31' };
    expect(ccpaSearch(question)).toBe('email=carmen.diaz%40example.com&asOf=2025-12-31');
    expect(parseCcpaQuestion(ccpaSearch(question), TODAY)).toEqual(question);
    expect(ccpaSearch({ person: { key: 'phone', value: '  ' }, asOf: '2025-12-31' })).toBe('asOf=2025-12-31');
    expect(ccpaSearch({ person: null, asOf: '2025-12-31' })).toBe('asOf=2025-12-31');
  });

  it('names the person by exactly one identifier', () => {
    expect(personRefOf({ key: 'externalId', value: 'cust-1001' })).toEqual({ externalId: 'cust-1001' });
  });
});
