import { withYear } from '../common/dates';
import { dataMapVariables, flowYears, parseMapFilters, serializeMapFilters } from './filters';

describe('map filters in the URL', () => {
  it('round-trips every filter and ignores what it does not know', () => {
    const filters = parseMapFilters('?asOf=2024-10-01&class=PROCESSOR,NOPE&category=a&category=b&purpose=p&details=1&node=x');
    expect(filters).toEqual({
      asOf: '2024-10-01',
      classes: ['PROCESSOR'],
      categories: ['a', 'b'],
      purposes: ['p'],
      details: true,
      labels: false,
      node: 'x',
    });
    expect(parseMapFilters(`?${serializeMapFilters(filters).toString()}`)).toEqual(filters);
  });

  it('drops impossible dates and sends "all" as null', () => {
    const filters = parseMapFilters('?asOf=2025-02-30');
    expect(filters.asOf).toBeNull();
    expect(dataMapVariables(filters)).toEqual({ asOf: null, recipientClasses: null, categoryIds: null, purposeIds: null });
  });

  it('spans the slider from the first flow’s year to this year', () => {
    expect(flowYears([{ validFrom: '2023-07-01', validTo: '2024-12-20' }], '2026-11-25')).toEqual([2023, 2024, 2025, 2026]);
    expect(withYear('2024-02-29', 2025)).toBe('2025-02-28');
  });
});
