import type { NoticeBasis, PropagationStatus } from '@disclosure-map/graph-schema';
import { badInput } from '../common/app-error';
import type { RequestKind } from '../requests/deadlines';
import { noticeBases, type NoticeBasisTraits } from '../rules/notice-bases';

/** The request kinds whose recipients must be told (PRODUCT.md §7). */
export const PLAN_KINDS = ['CCPA_DELETE', 'CCPA_CORRECT', 'GDPR_ERASURE', 'GDPR_RECTIFICATION'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

interface PlanRule {
  /** The bases that put a recipient in the plan. */
  readonly selects: readonly NoticeBasis[];
  /** CCPA plans never excuse a service provider (11 CCR §7022(b)(1), §7023(c)). */
  readonly ccpa: boolean;
  readonly citation: string;
}

export const PLAN_RULES = {
  CCPA_DELETE: { selects: ['SERVICE_PROVIDER', 'SOLD_OR_SHARED'], ccpa: true, citation: 'Civ. Code §1798.105(c)(1), 11 CCR §7022(b)' },
  CCPA_CORRECT: { selects: ['SERVICE_PROVIDER'], ccpa: true, citation: '11 CCR §7023(c)' },
  GDPR_ERASURE: { selects: ['GDPR_RECIPIENT'], ccpa: false, citation: 'GDPR Art. 17, Art. 19' },
  GDPR_RECTIFICATION: { selects: ['GDPR_RECIPIENT'], ccpa: false, citation: 'GDPR Art. 16, Art. 19' },
} as const satisfies Record<PlanKind, PlanRule>;

export function isPlanKind(kind: RequestKind): kind is PlanKind {
  return (PLAN_KINDS as readonly string[]).includes(kind);
}

/** One recipient of the who-received answer, as the selection sees it. */
export interface PlanCandidate extends NoticeBasisTraits {
  recipientId: string;
  recipientName: string;
}

export interface PlanSelection {
  /** Recipients in the plan with only the bases that put them there, by name A–Z. */
  rows: { recipientId: string; bases: NoticeBasis[] }[];
  /** Every other recipient of the answer, by name A–Z. */
  excluded: string[];
}

const byName = (a: PlanCandidate, b: PlanCandidate) =>
  a.recipientName.localeCompare(b.recipientName) || a.recipientId.localeCompare(b.recipientId);

/** Which recipients a request of the kind must tell, and on which bases. */
export function selectPlan(kind: PlanKind, candidates: readonly PlanCandidate[]): PlanSelection {
  const selects: readonly NoticeBasis[] = PLAN_RULES[kind].selects;
  const rows: PlanSelection['rows'] = [];
  const excluded: string[] = [];
  for (const candidate of [...candidates].sort(byName)) {
    const bases = noticeBases(candidate).filter((basis) => selects.includes(basis));
    if (bases.length) rows.push({ recipientId: candidate.recipientId, bases });
    else excluded.push(candidate.recipientId);
  }
  return { rows, excluded };
}

/** The stored notice of one row; a row without one is PENDING. */
export interface NoticeState {
  status: PropagationStatus;
  sentOn: string | null;
  confirmedOn: string | null;
  explanation: string | null;
  /** The date given with the latest status (for EXCEPTION, the date it was decided). */
  statusOn: string | null;
}

export const PENDING_NOTICE: NoticeState = { status: 'PENDING', sentOn: null, confirmedOn: null, explanation: null, statusOn: null };

/** The words of §7's least detailed explanation that is still detailed (11 CCR §7022(b)(3)). */
export const MIN_EXPLANATION_LENGTH = 20;

export interface NoticeUpdate {
  status: PropagationStatus;
  on: string;
  explanation?: string | null;
}

/**
 * The row's next state, or the refusal of §7 (BAD_USER_INPUT naming the field):
 * PENDING cannot be set (`status`); EXCEPTION needs an explanation of ≥ 20 characters after trimming
 * (`explanation`) and is never allowed for a service provider under the CCPA (`status`); `on` is not before
 * receipt (`on`). SENT records sentOn and withdraws an earlier confirmation; CONFIRMED records confirmedOn;
 * leaving EXCEPTION clears the explanation.
 */
export function nextNotice(
  kind: PlanKind,
  row: { bases: readonly NoticeBasis[] },
  receivedOn: string,
  current: NoticeState,
  update: NoticeUpdate,
): NoticeState {
  if (update.status === 'PENDING')
    throw badInput('status', 'a row is PENDING until a notice is sent, confirmed or excused; PENDING cannot be set');
  let explanation: string | null = null;
  if (update.status === 'EXCEPTION') {
    if (PLAN_RULES[kind].ccpa && row.bases.includes('SERVICE_PROVIDER'))
      throw badInput('status', 'a service provider must always be told of a CCPA request; EXCEPTION is not allowed');
    explanation = (update.explanation ?? '').trim();
    if (explanation.length < MIN_EXPLANATION_LENGTH)
      throw badInput('explanation', `EXCEPTION needs a detailed explanation of at least ${MIN_EXPLANATION_LENGTH} characters`);
  }
  if (update.on < receivedOn) throw badInput('on', `must not be before the request was received (${receivedOn})`);
  switch (update.status) {
    case 'SENT':
      return { status: 'SENT', sentOn: update.on, confirmedOn: null, explanation: null, statusOn: update.on };
    case 'CONFIRMED':
      return { status: 'CONFIRMED', sentOn: current.sentOn, confirmedOn: update.on, explanation: null, statusOn: update.on };
    case 'EXCEPTION':
      return { status: 'EXCEPTION', sentOn: current.sentOn, confirmedOn: null, explanation, statusOn: update.on };
  }
}

/** A plan is complete when no row is PENDING (a plan without rows is complete). */
export function isComplete(statuses: readonly PropagationStatus[]): boolean {
  return statuses.every((status) => status !== 'PENDING');
}
