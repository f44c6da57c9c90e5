import { daysLeftLabel, daysUntil } from './days';

describe('days left to a deadline', () => {
  it.each([
    ['2025-08-09', '2025-07-10', 30, 'in 30 days'],
    ['2025-07-10', '2025-07-10', 0, 'today'],
    ['2025-07-11', '2025-07-10', 1, 'tomorrow'],
    ['2025-07-09', '2025-07-10', -1, '1 day ago'],
    ['2025-03-01', '2025-02-27', 2, 'in 2 days'],
    ['2024-03-01', '2024-02-27', 3, 'in 3 days'],
  ])('%s seen on %s', (date, today, days, label) => {
    expect(daysUntil(date, today)).toBe(days);
    expect(daysLeftLabel(date, today)).toBe(label);
  });
});
