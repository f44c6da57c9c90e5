import type { BreachElement } from '@disclosure-map/graph-schema';
import {
  attorneyGeneralSampleRequired,
  breachDeadlines,
  breachElementsOf,
  californiaNoticeRequired,
  elementsBySubtree,
  elementsOf,
  processorsAbove,
  recipientBreachCategories,
  subprocessorNoticeTerms,
  systemBreachCategories,
  type SubprocessorLink,
} from './breach';

describe('californiaNoticeRequired (Civ. Code §1798.82(h))', () => {
  it.each<[string, BreachElement[], boolean]>([
    ['credentials alone', ['ONLINE_CREDENTIALS'], true],
    ['name plus an element', ['NAME', 'SSN'], true],
    ['name plus credentials', ['NAME', 'ONLINE_CREDENTIALS'], true],
    ['name plus a card with its code', ['NAME', 'FINANCIAL_ACCOUNT_WITH_CODE'], true],
    ['name alone', ['NAME'], false],
    ['an element without a name', ['SSN', 'MEDICAL'], false],
    ['nothing', [], false],
  ])('%s', (_, elements, expected) => {
    expect(californiaNoticeRequired(new Set(elements))).toBe(expected);
  });
});

describe('breach deadlines', () => {
  it.each([
    ['2025-07-10', '2025-08-09', '2025-07-13', 'mid-year'],
    ['2025-12-30', '2026-01-29', '2026-01-02', 'across the year end'],
    ['2024-02-28', '2024-03-29', '2024-03-02', 'across a leap day'],
  ])('discovered %s → California %s, authority %s (%s)', (discoveredOn, california, authority) => {
    expect(breachDeadlines(discoveredOn)).toEqual({ californiaNoticeDueOn: california, supervisoryAuthorityDueOn: authority });
  });

  it.each([
    [500, false],
    [501, true],
    [0, false],
  ])('%i notices → Attorney General sample %s', (n, expected) => {
    expect(attorneyGeneralSampleRequired(n)).toBe(expected);
  });
});

describe('subprocessorNoticeTerms (GDPR Art. 28(2))', () => {
  it.each([
    ['2025-02-01', '2025-03-01', 30, '2025-03-03', true],
    ['2025-01-01', '2025-01-31', 30, '2025-01-31', false],
    ['2025-01-01', '2025-02-15', 30, '2025-01-31', false],
    ['2025-05-05', '2025-05-05', 0, '2025-05-05', false],
    ['2025-05-05', '2025-05-04', 0, '2025-05-05', true],
  ])('notice %s, effective %s, %i days → deadline %s, short %s', (noticeOn, effectiveOn, days, deadline, short) => {
    expect(subprocessorNoticeTerms(noticeOn, effectiveOn, days)).toEqual({ objectionDeadline: deadline, shortNotice: short });
  });
});

describe('processorsAbove (the sub-processor chain in force)', () => {
  const link = (subprocessorId: string, processorId: string, from: string | null = null): SubprocessorLink => ({
    subprocessorId,
    processorId,
    from,
  });
  it.each<[string, SubprocessorLink[], [string, string | null][]]>([
    ['no chain', [], [['r', null]]],
    [
      'set on the recipient: the whole window',
      [link('r', 'p')],
      [
        ['r', null],
        ['p', null],
      ],
    ],
    [
      'recorded: from its effectiveOn',
      [link('r', 'p', '2025-03-01')],
      [
        ['r', null],
        ['p', '2025-03-01'],
      ],
    ],
    [
      'any depth, the latest start along the path',
      [link('r', 'p', '2025-03-01'), link('p', 'q', '2025-01-01'), link('q', 'top')],
      [
        ['r', null],
        ['p', '2025-03-01'],
        ['q', '2025-03-01'],
        ['top', '2025-03-01'],
      ],
    ],
    [
      'of two paths, the earlier counts',
      [link('r', 'p', '2025-05-01'), link('r', 'q'), link('q', 'p')],
      [
        ['r', null],
        ['p', null],
        ['q', null],
      ],
    ],
    [
      'a cycle is cut',
      [link('r', 'p'), link('p', 'r')],
      [
        ['r', null],
        ['p', null],
      ],
    ],
  ])('%s', (_, links, expected) => {
    expect([...processorsAbove('r', links)].sort()).toEqual(expected.sort());
  });
});

describe('who a breach reaches', () => {
  const window = { start: '2025-01-01', end: '2025-06-30' };
  const collection = { validFrom: '2025-03-01', validTo: null, categoryIds: ['usage'], segmentIds: ['users'] };
  it.each([
    ['membership and collection overlap inside the window', [{ segmentId: 'users', since: '2024-01-01', until: null }], ['usage']],
    ['membership ends before the collection starts', [{ segmentId: 'users', since: '2024-01-01', until: '2025-02-28' }], null],
    ['membership in another segment', [{ segmentId: 'visitors', since: '2024-01-01', until: null }], null],
    ['membership starts after the window', [{ segmentId: 'users', since: '2025-07-01', until: null }], null],
  ])('system: %s', (_, memberships, expected) => {
    expect(systemBreachCategories(memberships, [collection], window)).toEqual(expected);
  });

  const item = (recipientId: string, start: string, end: string, categoryIds: string[]) => ({
    recipientId,
    categoryIds,
    interval: { start, end },
  });
  it.each<[string, ReturnType<typeof item>[], string[] | null]>([
    ['a row for the breached recipient', [item('r', '2025-01-01', '2025-06-30', ['email'])], ['email']],
    ['a row for a processor above it, after the relation began', [item('p', '2025-04-10', '2025-04-10', ['login'])], ['login']],
    ['a row for a processor above it that ended before', [item('p', '2025-01-01', '2025-02-28', ['login'])], null],
    ['a row for an unrelated recipient', [item('x', '2025-01-01', '2025-06-30', ['email'])], null],
    [
      'rows of both: categories of the counting rows only',
      [item('r', '2025-02-01', '2025-02-01', ['card']), item('p', '2025-01-05', '2025-01-05', ['login'])],
      ['card'],
    ],
  ])('recipient: %s', (_, items, expected) => {
    const reach = new Map<string, string | null>([
      ['r', null],
      ['p', '2025-03-01'],
    ]);
    expect(recipientBreachCategories(items, reach)).toEqual(expected);
  });
});

describe('breach elements of categories', () => {
  it('unions a category with its whole subtree', () => {
    const bySubtree = elementsBySubtree([
      { id: 'identity', parentId: null, breachElements: [] },
      { id: 'name', parentId: 'identity', breachElements: ['NAME'] },
      { id: 'ssn', parentId: 'identity', breachElements: ['SSN'] },
      { id: 'usage', parentId: null, breachElements: [] },
    ]);
    expect([...elementsOf(['identity'], bySubtree)].sort()).toEqual(['NAME', 'SSN']);
    expect([...elementsOf(['name', 'usage'], bySubtree)]).toEqual(['NAME']);
    expect([...elementsOf(['usage'], bySubtree)]).toEqual([]);
  });

  it('reads stored codes in the statute’s order, dropping unknown ones', () => {
    expect(breachElementsOf(['ONLINE_CREDENTIALS', 'bogus', 'NAME'])).toEqual(['NAME', 'ONLINE_CREDENTIALS']);
    expect(breachElementsOf(null)).toEqual([]);
  });
});
