import type { NoticeBasis } from '@disclosure-map/graph-schema';
import { AppError } from '../common/app-error';
import {
  isComplete,
  nextNotice,
  PENDING_NOTICE,
  selectPlan,
  type NoticeState,
  type PlanCandidate,
  type PlanKind,
} from './propagation-rules';

const candidate = (recipientName: string, uses: PlanCandidate['uses'], targetedAdvertising = false): PlanCandidate => ({
  recipientId: recipientName.toLowerCase(),
  recipientName,
  uses,
  targetedAdvertising,
});

// One recipient per way of receiving data, named so that A–Z order differs from the list's order.
const CANDIDATES: PlanCandidate[] = [
  candidate('Zeta Mail', ['ON_OUR_BEHALF']),
  candidate('Broker', ['OWN_DIRECT_MARKETING']),
  candidate('Analytics', ['OWN_OTHER_USE']),
  candidate('AdNet', ['ON_OUR_BEHALF'], true),
  candidate('Court', ['LEGAL_OBLIGATION']),
  candidate('Buyer', ['CORPORATE_TRANSACTION']),
  candidate('Mixed', ['ON_OUR_BEHALF', 'OWN_DIRECT_MARKETING', 'LEGAL_OBLIGATION']),
];

describe('propagation plan selection (PRODUCT.md §7)', () => {
  it.each<[PlanKind, [string, NoticeBasis[]][], string[]]>([
    [
      'CCPA_DELETE',
      [
        ['adnet', ['SERVICE_PROVIDER', 'SOLD_OR_SHARED']],
        ['analytics', ['SOLD_OR_SHARED']],
        ['broker', ['SOLD_OR_SHARED']],
        ['mixed', ['SERVICE_PROVIDER', 'SOLD_OR_SHARED']],
        ['zeta mail', ['SERVICE_PROVIDER']],
      ],
      ['buyer', 'court'],
    ],
    [
      'CCPA_CORRECT',
      [
        ['adnet', ['SERVICE_PROVIDER']],
        ['mixed', ['SERVICE_PROVIDER']],
        ['zeta mail', ['SERVICE_PROVIDER']],
      ],
      ['analytics', 'broker', 'buyer', 'court'],
    ],
    [
      'GDPR_ERASURE',
      [
        ['adnet', ['GDPR_RECIPIENT']],
        ['analytics', ['GDPR_RECIPIENT']],
        ['broker', ['GDPR_RECIPIENT']],
        ['buyer', ['GDPR_RECIPIENT']],
        ['mixed', ['GDPR_RECIPIENT']],
        ['zeta mail', ['GDPR_RECIPIENT']],
      ],
      ['court'],
    ],
    [
      'GDPR_RECTIFICATION',
      [
        ['adnet', ['GDPR_RECIPIENT']],
        ['analytics', ['GDPR_RECIPIENT']],
        ['broker', ['GDPR_RECIPIENT']],
        ['buyer', ['GDPR_RECIPIENT']],
        ['mixed', ['GDPR_RECIPIENT']],
        ['zeta mail', ['GDPR_RECIPIENT']],
      ],
      ['court'],
    ],
  ])('%s selects its rows (A–Z, only the bases that select them) and excludes the rest', (kind, rows, excluded) => {
    const plan = selectPlan(kind, CANDIDATES);
    expect(plan.rows.map((r) => [r.recipientId, r.bases])).toEqual(rows);
    expect(plan.excluded).toEqual(excluded);
  });

  it('an empty answer gives an empty plan', () => {
    expect(selectPlan('CCPA_DELETE', [])).toEqual({ rows: [], excluded: [] });
  });
});

describe('propagation status transitions (PRODUCT.md §7)', () => {
  const SP: { bases: NoticeBasis[] } = { bases: ['SERVICE_PROVIDER'] };
  const SOLD: { bases: NoticeBasis[] } = { bases: ['SOLD_OR_SHARED'] };
  const GDPR: { bases: NoticeBasis[] } = { bases: ['GDPR_RECIPIENT'] };
  const RECEIVED = '2025-03-10';
  const GOOD = 'Recipient went out of business in 2024';
  const excepted: NoticeState = { status: 'EXCEPTION', sentOn: null, confirmedOn: null, explanation: GOOD, statusOn: '2025-03-12' };
  const sent: NoticeState = { status: 'SENT', sentOn: '2025-03-11', confirmedOn: null, explanation: null, statusOn: '2025-03-11' };

  it.each<[string, PlanKind, { bases: NoticeBasis[] }, NoticeState, Parameters<typeof nextNotice>[4], NoticeState]>([
    [
      'SENT records sentOn',
      'CCPA_DELETE',
      SP,
      PENDING_NOTICE,
      { status: 'SENT', on: '2025-03-10' },
      { ...sent, sentOn: '2025-03-10', statusOn: '2025-03-10' },
    ],
    [
      'CONFIRMED keeps sentOn',
      'CCPA_DELETE',
      SP,
      sent,
      { status: 'CONFIRMED', on: '2025-03-20' },
      { ...sent, status: 'CONFIRMED', confirmedOn: '2025-03-20', statusOn: '2025-03-20' },
    ],
    [
      'EXCEPTION for a sold-or-shared row, explanation trimmed',
      'CCPA_DELETE',
      SOLD,
      PENDING_NOTICE,
      { status: 'EXCEPTION', on: '2025-03-12', explanation: `  ${GOOD}  ` },
      excepted,
    ],
    [
      'EXCEPTION under the GDPR',
      'GDPR_ERASURE',
      GDPR,
      PENDING_NOTICE,
      { status: 'EXCEPTION', on: '2025-03-12', explanation: GOOD },
      excepted,
    ],
    [
      'leaving EXCEPTION clears the explanation',
      'GDPR_ERASURE',
      GDPR,
      excepted,
      { status: 'SENT', on: '2025-03-11', explanation: GOOD },
      sent,
    ],
    [
      'SENT again withdraws a confirmation',
      'CCPA_CORRECT',
      SP,
      { ...sent, status: 'CONFIRMED', confirmedOn: '2025-03-15' },
      { status: 'SENT', on: '2025-03-11' },
      sent,
    ],
  ])('%s', (_name, kind, row, current, update, expected) => {
    expect(nextNotice(kind, row, RECEIVED, current, update)).toEqual(expected);
  });

  it.each<[string, PlanKind, { bases: NoticeBasis[] }, Parameters<typeof nextNotice>[4], string]>([
    ['PENDING cannot be set', 'GDPR_ERASURE', GDPR, { status: 'PENDING', on: '2025-03-11' }, 'status'],
    ['EXCEPTION for a CCPA service provider', 'CCPA_DELETE', SP, { status: 'EXCEPTION', on: '2025-03-11', explanation: GOOD }, 'status'],
    [
      'EXCEPTION for a CCPA_CORRECT service provider',
      'CCPA_CORRECT',
      SP,
      { status: 'EXCEPTION', on: '2025-03-11', explanation: GOOD },
      'status',
    ],
    ['EXCEPTION without explanation', 'CCPA_DELETE', SOLD, { status: 'EXCEPTION', on: '2025-03-11' }, 'explanation'],
    [
      'EXCEPTION with 19 characters after trimming',
      'GDPR_ERASURE',
      GDPR,
      { status: 'EXCEPTION', on: '2025-03-11', explanation: '   1234567890123456789   ' },
      'explanation',
    ],
    ['on before receipt', 'GDPR_ERASURE', GDPR, { status: 'SENT', on: '2025-03-09' }, 'on'],
  ])('refuses: %s (field %s)', (_name, kind, row, update, field) => {
    const attempt = () => nextNotice(kind, row, RECEIVED, PENDING_NOTICE, update);
    expect(attempt).toThrow(AppError);
    try {
      attempt();
    } catch (error) {
      expect((error as AppError).field).toBe(field);
      expect((error as AppError).code).toBe('BAD_USER_INPUT');
    }
  });

  it('20 characters after trimming are enough', () => {
    const next = nextNotice('GDPR_ERASURE', GDPR, RECEIVED, PENDING_NOTICE, {
      status: 'EXCEPTION',
      on: RECEIVED,
      explanation: ' 12345678901234567890 ',
    });
    expect(next.explanation).toBe('12345678901234567890');
  });

  it.each([
    [[], true],
    [['SENT', 'CONFIRMED', 'EXCEPTION'], true],
    [['SENT', 'PENDING'], false],
  ] as const)('complete(%j) = %s', (statuses, complete) => {
    expect(isComplete(statuses)).toBe(complete);
  });
});
