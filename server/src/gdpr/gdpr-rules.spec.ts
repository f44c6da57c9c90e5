import { ART30_COLUMNS, classLabels, disclosuresFed, isThirdCountry, retentionFor } from './gdpr-rules';

describe('GDPR rules', () => {
  it.each([
    ['IE', false],
    ['de', false],
    ['NO', false],
    ['US', true],
    ['GB', true],
    [null, null],
  ] as const)('country %s is a third country: %s', (country, expected) => {
    expect(isThirdCountry(country)).toBe(expected);
  });

  it('finds the disclosures a collection feeds: shared segment and a category in either subtree', () => {
    const categories = [
      { id: 'contact', parentId: null },
      { id: 'email', parentId: 'contact' },
      { id: 'usage', parentId: null },
    ];
    const disclosures = [
      { id: 'd-email', recipientId: 'mail', categoryIds: ['email'], segmentIds: ['users'] },
      { id: 'd-usage', recipientId: 'ads', categoryIds: ['usage'], segmentIds: ['users'] },
      { id: 'd-other-segment', recipientId: 'mail', categoryIds: ['email'], segmentIds: ['visitors'] },
    ];
    expect(disclosuresFed({ id: 'c', categoryIds: ['contact'], segmentIds: ['users'] }, disclosures, categories).map((d) => d.id)).toEqual([
      'd-email',
    ]);
    expect(
      disclosuresFed({ id: 'c', categoryIds: ['email'], segmentIds: ['users', 'visitors'] }, disclosures, categories).map((d) => d.id),
    ).toEqual(['d-email', 'd-other-segment']);
  });

  it('takes a category’s erasure time limit from itself or its nearest ancestor', () => {
    const tree = new Map([
      ['contact', { id: 'contact', parentId: null }],
      ['email', { id: 'email', parentId: 'contact' }],
      ['usage', { id: 'usage', parentId: null }],
    ]);
    const limits = new Map([['contact', '24 months']]);
    expect(retentionFor('email', tree, limits)).toBe('24 months');
    expect(retentionFor('usage', tree, limits)).toBeNull();
    expect(
      retentionFor(
        'email',
        tree,
        new Map([
          ['email', '6 months'],
          ['contact', '24 months'],
        ]),
      ),
    ).toBe('6 months');
  });

  it('has the Art. 30(1) columns, (a) to (g)', () => {
    expect(ART30_COLUMNS).toEqual([
      'Processing activity',
      'Controller',
      'Controller contact',
      'Purposes of the processing',
      'Categories of data subjects',
      'Categories of personal data',
      'Categories of recipients',
      'Recipients in third countries',
      'Transfers to third countries and safeguards',
      'Time limits for erasure',
      'Technical and organisational security measures',
      'In force from',
      'In force until',
    ]);
    expect(classLabels(['THIRD_PARTY', 'PROCESSOR'])).toEqual(['Processors (service providers)', 'Third parties']);
  });
});
