import { addDays, addMonths, before, calendarYear, contains, intersect, isCalendarDate } from './dates';

describe('calendar dates', () => {
  it.each([
    ['2025-03-10', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-04-31', false],
    ['0000-01-01', false],
    ['2025-3-10', false],
    ['2025-03-10T00:00:00Z', false],
    ['', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
  ])('%s is a calendar date: %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it.each([
    ['2025-12-31', -18, '2024-06-30'],
    ['2025-08-31', -18, '2024-02-29'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-15', -1, '2024-12-15'],
  ])('%s %+d months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('inclusive intervals', () => {
  it('intersects inclusively, touching ends overlap on one day', () => {
    expect(intersect({ start: '2024-01-01', end: '2024-06-30' }, { start: '2024-06-30', end: '2024-12-31' })).toEqual({
      start: '2024-06-30',
      end: '2024-06-30',
    });
    expect(intersect({ start: '2024-01-01', end: '2024-06-29' }, { start: '2024-06-30', end: '2024-12-31' })).toBeNull();
  });

  it('treats open ends as unbounded', () => {
    expect(contains({ start: '2024-01-01', end: null }, '9000-01-01')).toBe(true);
    expect(contains({ start: null, end: '2024-01-01' }, '2024-01-01')).toBe(true);
    expect(contains({ start: null, end: '2024-01-01' }, '2024-01-02')).toBe(false);
  });

  it('cuts an interval at an effective date: the day itself is suppressed', () => {
    expect(before({ start: '2024-01-01', end: '2024-12-31' }, '2024-06-15')).toEqual({ start: '2024-01-01', end: '2024-06-14' });
    expect(before({ start: '2024-01-01', end: '2024-12-31' }, '2024-01-01')).toBeNull();
    expect(before({ start: '2024-01-01', end: '2024-12-31' }, '2025-01-01')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('gives a calendar year from Jan 1 to Dec 31', () => {
    expect(calendarYear(2025)).toEqual({ start: '2025-01-01', end: '2025-12-31' });
  });
});
