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
      group: 'auto',
      expand: [],
      focus: null,
    });
    expect(parseMapFilters(`?${serializeMapFilters(filters).toString()}`)).toEqual(filters);
  });

  it('drops impossible dates and sends "all" as null', () => {
    const filters = parseMapFilters('?asOf=2025-02-30');
    expect(filters.asOf).toBeNull();
    expect(dataMapVariables(filters)).toEqual({
      asOf: null,
      recipientClasses: null,
      categoryIds: null,
      purposeIds: null,
      grouping: { mode: 'AUTO', expand: null, focus: null },
    });
  });

  it('round-trips grouping, open groups with their page size, and focus', () => {
    const filters = parseMapFilters(
      '?group=all&expand=group:recipient:PROCESSOR*300&expand=group:category:cat-1&expand=group:category:cat-1*5&focus=recipient:acme',
    );
    expect(filters).toMatchObject({
      group: 'all',
      expand: [
        { id: 'group:recipient:PROCESSOR', limit: 300 },
        { id: 'group:category:cat-1', limit: null },
      ],
      focus: 'recipient:acme',
    });
    expect(parseMapFilters(`?${serializeMapFilters(filters).toString()}`)).toEqual(filters);
    expect(dataMapVariables(filters).grouping).toEqual({ mode: 'GROUPED', expand: filters.expand, focus: 'recipient:acme' });
    expect(parseMapFilters('?group=sideways&expand=*4').group).toBe('auto');
    expect(parseMapFilters('?expand=g*0').expand).toEqual([{ id: 'g', limit: null }]);
  });

  it('spans the slider from the first flow’s year to this year', () => {
    expect(flowYears([{ validFrom: '2023-07-01', validTo: '2024-12-20' }], '2026-11-25')).toEqual([2023, 2024, 2025, 2026]);
    expect(withYear('2024-02-29', 2025)).toBe('2025-02-28');
  });
});
