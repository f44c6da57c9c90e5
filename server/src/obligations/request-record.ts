import type { NoticeBasis, PropagationStatus } from '@disclosure-map/graph-schema';
import type { PrivacyRequest } from '../requests/models/privacy-request.model';
import type { RequestKind } from '../requests/deadlines';
import type { PropagationRow } from './models/propagation.models';
import type { ComputedPlan } from './propagation-planner';
import { PLAN_RULES } from './propagation-rules';

/** A notice basis in words, as legal writes it. */
export const NOTICE_BASIS_WORDS = {
  SERVICE_PROVIDER: 'service provider',
  SOLD_OR_SHARED: 'sold or shared',
  GDPR_RECIPIENT: 'GDPR recipient',
} as const satisfies Record<NoticeBasis, string>;

export const REQUEST_KIND_WORDS = {
  SHINE_THE_LIGHT: 'Shine the Light (Civ. Code §1798.83)',
  CCPA_KNOW: 'CCPA right to know (§1798.110)',
  GDPR_ACCESS: 'GDPR access (Art. 15)',
  CCPA_DELETE: 'CCPA deletion (§1798.105)',
  CCPA_CORRECT: 'CCPA correction (§1798.106)',
  GDPR_ERASURE: 'GDPR erasure (Art. 17)',
  GDPR_RECTIFICATION: 'GDPR rectification (Art. 16)',
} as const satisfies Record<RequestKind, string>;

const STATUS_WORDS = {
  PENDING: 'Pending: not yet told',
  SENT: 'Notice sent',
  CONFIRMED: 'Recipient confirmed',
  EXCEPTION: 'Exception (impossible or disproportionate effort)',
} as const satisfies Record<PropagationStatus, string>;

/** The printable record of a request and its notices: what legal hands to a regulator. */
export interface RequestRecord {
  title: string;
  facts: [string, string][];
  citation: string | null;
  notices: { recipient: string; facts: [string, string][] }[];
  excluded: string[];
  summary: string;
  producedOn: string;
}

const rowFacts = (row: PropagationRow): [string, string][] => [
  ['Bases', row.bases.map((b) => NOTICE_BASIS_WORDS[b]).join(', ')],
  ['Evidence', row.evidence.map((e) => e.toLowerCase()).join(', ')],
  ['Categories', row.categories.map((c) => c.name).join(', ')],
  ['Last received', row.lastOn],
  ['Due', row.dueOn],
  ['Status', STATUS_WORDS[row.status]],
  ['Notice sent on', row.sentOn ?? '—'],
  ['Confirmed on', row.confirmedOn ?? '—'],
  ...(row.explanation ? [['Explanation', row.explanation] as [string, string]] : []),
];

export function requestRecord(request: PrivacyRequest, plan: ComputedPlan | null, producedOn: string): RequestRecord {
  const done = plan ? plan.rows.filter((r) => r.status !== 'PENDING').length : 0;
  return {
    title: `Record of request ${request.id}: ${REQUEST_KIND_WORDS[request.kind]}`,
    facts: [
      ['Request', request.id],
      ['Kind', REQUEST_KIND_WORDS[request.kind]],
      ['Person', `${request.person.display} (${request.person.id})`],
      ['Received on', request.receivedOn],
      ['Channel', `${request.channel}${request.designatedChannel ? '' : ' (not a designated channel)'}`],
      ['Due on', `${request.dueOn}${request.extensions ? ` (extended ${request.extensions}×)` : ''}`],
      ['Answered on', request.respondedOn ?? 'not yet answered'],
      ...(request.documentRef ? [['Document sent', request.documentRef] as [string, string]] : []),
    ],
    citation: plan ? PLAN_RULES[plan.kind].citation : null,
    notices: (plan?.rows ?? []).map((row) => ({ recipient: `${row.recipient.name} (${row.recipient.id})`, facts: rowFacts(row) })),
    excluded: (plan?.excluded ?? []).map((r) => `${r.name} (${r.id})`),
    summary: plan
      ? `${done} of ${plan.rows.length} recipients told or excused; ${plan.complete ? 'complete' : 'not complete'}.`
      : 'This kind of request is not passed on to recipients.',
    producedOn,
  };
}
