import type { ShineTheLightReport } from '../reports/models/shine-the-light.models';
import type { Recipient } from '../recipients/models/recipient.model';
import { isInaccurate, reportYearOf } from './frozen-report';

const recipient = (id: string) => ({ id, name: id }) as Pick<Recipient, 'id' | 'name'> as Recipient;
const category = (code: ShineTheLightReport['categories'][number]['code']) => ({ code, label: code });
const report = (categories: string[][], thirdParties: [string, string[]][]): ShineTheLightReport => ({
  year: 2024,
  periodStart: '2024-01-01',
  periodEnd: '2024-12-31',
  person: null,
  notices: [],
  categories: categories.flat().map((c) => category(c as 'EMAIL_ADDRESS')),
  thirdParties: thirdParties.map(([id, codes]) => ({
    recipient: recipient(id),
    name: id,
    address: null,
    natureOfBusiness: null,
    productsMarketed: [],
    categories: codes.map((c) => category(c as 'EMAIL_ADDRESS')),
  })),
});

describe('frozen Shine-the-Light answers (PRODUCT.md §7)', () => {
  const sent = report([['EMAIL_ADDRESS']], [['broker', ['EMAIL_ADDRESS']]]);
  it.each<[string, ShineTheLightReport, boolean]>([
    ['the same answer', report([['EMAIL_ADDRESS']], [['broker', ['EMAIL_ADDRESS']]]), false],
    ['a new category', report([['NAME_AND_ADDRESS', 'EMAIL_ADDRESS']], [['broker', ['NAME_AND_ADDRESS', 'EMAIL_ADDRESS']]]), true],
    [
      'a new third party',
      report(
        [['EMAIL_ADDRESS']],
        [
          ['broker', ['EMAIL_ADDRESS']],
          ['mailer', ['EMAIL_ADDRESS']],
        ],
      ),
      true,
    ],
    ['a third party gone', report([], []), true],
    ['a third party with other categories', report([['EMAIL_ADDRESS', 'TELEPHONE_NUMBER']], [['broker', ['TELEPHONE_NUMBER']]]), true],
  ])('%s → inaccurate %s', (_name, live, inaccurate) => {
    expect(isInaccurate(sent, live)).toBe(inaccurate);
  });

  it.each([
    ['2025-01-01', 2024],
    ['2025-12-31', 2024],
  ])('a request received %s is answered for %i', (receivedOn, year) => {
    expect(reportYearOf(receivedOn)).toBe(year);
  });
});
