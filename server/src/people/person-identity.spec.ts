import { PersonIdentity } from './person-identity';
import { maskIdentifier, normaliseIdentifier } from './person-rules';

describe('person identifiers', () => {
  const identity = new PersonIdentity('a-test-secret-of-enough-length');

  it('matches emails case-insensitively with surrounding spaces ignored', () => {
    expect(identity.identifierId('email', '  Alice@Example.COM ')).toBe(identity.identifierId('email', 'alice@example.com'));
  });

  it('matches phones by their digits', () => {
    expect(identity.identifierId('phone', '+1 (415) 555-0101')).toBe(identity.identifierId('phone', '14155550101'));
    expect(identity.identifierId('phone', '415-555-0101')).not.toBe(identity.identifierId('phone', '14155550101'));
  });

  it('keeps external ids exactly as given', () => {
    expect(identity.identifierId('externalId', 'Cust-1')).not.toBe(identity.identifierId('externalId', 'cust-1'));
  });

  it('never lets one kind collide with another', () => {
    expect(identity.identifierId('externalId', '14155550101')).not.toBe(identity.identifierId('phone', '14155550101'));
  });

  it('depends on the secret', () => {
    expect(new PersonIdentity('another-secret-of-enough-length').identifierId('email', 'a@b.c')).not.toBe(
      identity.identifierId('email', 'a@b.c'),
    );
  });

  it.each([
    ['email', 'alice@example.com', 'a***@example.com'],
    ['phone', '14155550101', '***-***-0101'],
    ['externalId', 'cust-1001', 'cu***'],
  ] as const)('masks %s %s as %s', (kind, value, masked) => {
    expect(maskIdentifier(kind, normaliseIdentifier(kind, value))).toBe(masked);
  });
});
