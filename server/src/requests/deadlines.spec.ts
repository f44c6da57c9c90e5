import { canExtend, dueOn, repeatWindow, requestStatus } from './deadlines';

describe('request deadlines', () => {
  it.each([
    ['2025-01-10', '2025-02-09'],
    ['2025-12-15', '2026-01-14'],
    ['2024-02-01', '2024-03-02'],
  ])('Shine the Light: received %s → due %s (30 days), never extendable', (received, due) => {
    expect(dueOn('SHINE_THE_LIGHT', received)).toBe(due);
    expect(canExtend('SHINE_THE_LIGHT', 0)).toBe(false);
  });

  it.each([
    ['2025-01-10', 0, '2025-02-24'],
    ['2025-01-10', 1, '2025-04-10'],
    ['2025-11-20', 0, '2026-01-04'],
    ['2025-11-20', 1, '2026-02-18'],
  ])('CCPA right to know: received %s with %d extension(s) → due %s (45 + 45)', (received, ext, due) => {
    expect(dueOn('CCPA_KNOW', received, ext)).toBe(due);
  });

  it('CCPA right to know extends once only', () => {
    expect(canExtend('CCPA_KNOW', 0)).toBe(true);
    expect(canExtend('CCPA_KNOW', 1)).toBe(false);
  });

  it.each([
    ['2025-03-10', 0, '2025-04-10'],
    ['2025-03-10', 1, '2025-06-10'],
    ['2025-01-31', 0, '2025-02-28'],
    ['2024-01-31', 0, '2024-02-29'],
    ['2025-01-31', 1, '2025-04-30'],
    ['2025-11-30', 1, '2026-02-28'],
    ['2025-12-31', 0, '2026-01-31'],
  ])('GDPR access: received %s with %d extension(s) → due %s (one month + two, clamped to month end)', (received, ext, due) => {
    expect(dueOn('GDPR_ACCESS', received, ext)).toBe(due);
  });

  it('GDPR access extends once (by two months) only', () => {
    expect(canExtend('GDPR_ACCESS', 0)).toBe(true);
    expect(canExtend('GDPR_ACCESS', 1)).toBe(false);
  });

  it('flags repeats of Shine the Light within the calendar year only', () => {
    expect(repeatWindow('SHINE_THE_LIGHT', '2025-07-04')).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(repeatWindow('CCPA_KNOW', '2025-07-04')).toBeNull();
    expect(repeatWindow('GDPR_ACCESS', '2025-07-04')).toBeNull();
  });

  it.each([
    [{ dueOn: '2025-02-09', respondedOn: null }, '2025-01-20', 'OPEN'],
    [{ dueOn: '2025-02-09', respondedOn: null }, '2025-02-02', 'DUE_SOON'],
    [{ dueOn: '2025-02-09', respondedOn: null }, '2025-02-09', 'DUE_SOON'],
    [{ dueOn: '2025-02-09', respondedOn: null }, '2025-02-10', 'OVERDUE'],
    [{ dueOn: '2025-02-09', respondedOn: '2025-02-09' }, '2025-06-01', 'RESPONDED'],
    [{ dueOn: '2025-02-09', respondedOn: '2025-02-10' }, '2025-06-01', 'RESPONDED_LATE'],
  ] as const)('status of %o on %s is %s', (request, today, status) => {
    expect(requestStatus(request, today)).toBe(status);
  });
});

describe('deadlines of the obligation kinds (PRODUCT.md §7)', () => {
  it.each([
    ['CCPA_DELETE', '2025-01-10', 0, '2025-02-24'],
    ['CCPA_DELETE', '2025-01-10', 1, '2025-04-10'],
    ['CCPA_CORRECT', '2025-11-20', 0, '2026-01-04'],
    ['CCPA_CORRECT', '2025-11-20', 1, '2026-02-18'],
    ['GDPR_ERASURE', '2025-01-31', 0, '2025-02-28'],
    ['GDPR_ERASURE', '2025-01-31', 1, '2025-04-30'],
    ['GDPR_RECTIFICATION', '2024-01-31', 0, '2024-02-29'],
    ['GDPR_RECTIFICATION', '2025-11-30', 1, '2026-02-28'],
  ] as const)('%s received %s with %d extension(s) → due %s', (kind, received, ext, due) => {
    expect(dueOn(kind, received, ext)).toBe(due);
  });

  it.each(['CCPA_DELETE', 'CCPA_CORRECT', 'GDPR_ERASURE', 'GDPR_RECTIFICATION'] as const)('%s extends once only', (kind) => {
    expect(canExtend(kind, 0)).toBe(true);
    expect(canExtend(kind, 1)).toBe(false);
  });

  it.each([
    [true, '2025-01-10', '2025-02-09'],
    [false, '2025-01-10', '2025-06-09'],
    [false, '2024-12-01', '2025-04-30'],
  ])('Shine the Light at a designated channel %s: received %s → due %s', (designated, received, due) => {
    expect(dueOn('SHINE_THE_LIGHT', received, 0, designated)).toBe(due);
  });
});
