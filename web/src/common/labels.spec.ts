import { formatDate, hasEnded, isIsoDate } from './dates';
import { readableFlowLabel } from './labels';
import { inStatutoryOrder, SHINE_THE_LIGHT_CATEGORIES } from './statutory';

describe('labels, dates and statutory order', () => {
  it('spells out the use in a map edge label', () => {
    expect(readableFlowLabel('OWN_DIRECT_MARKETING · Ads, Offers')).toBe('Own direct marketing · Ads, Offers');
    expect(readableFlowLabel('Just a label')).toBe('Just a label');
  });

  it('sorts Shine-the-Light categories into statutory order', () => {
    expect(SHINE_THE_LIGHT_CATEGORIES).toHaveLength(27);
    expect(inStatutoryOrder([{ code: 'TELEPHONE_NUMBER' }, { code: 'NAME_AND_ADDRESS' }]).map((c) => c.code)).toEqual([
      'NAME_AND_ADDRESS',
      'TELEPHONE_NUMBER',
    ]);
  });

  it('reads calendar dates in UTC', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(formatDate('2025-03-10')).toBe('Mar 10, 2025');
    expect(hasEnded('2024-12-20', '2025-01-01')).toBe(true);
    expect(hasEnded(null, '2025-01-01')).toBe(false);
  });
});
