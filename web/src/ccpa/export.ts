import { toCsv } from '../common/download';
import type { CcpaRightToKnow } from './graphql';

const HEADER = [
  'periodStart',
  'periodEnd',
  'section',
  'code',
  'label',
  'citation',
  'sold',
  'shared',
  'recipientCategories',
  'sources',
] as const;

/** The answer as CSV: one row per item of each section; lists are joined with "; ". */
export function ccpaCsv(answer: CcpaRightToKnow): string {
  const row = (
    section: string,
    code: string,
    label: string,
    rest: { citation?: string; sold?: boolean; shared?: boolean; recipients?: string[]; sources?: string[] } = {},
  ) => [
    answer.periodStart,
    answer.periodEnd,
    section,
    code,
    label,
    rest.citation ?? null,
    rest.sold ?? null,
    rest.shared ?? null,
    rest.recipients?.join('; ') ?? null,
    rest.sources?.join('; ') ?? null,
  ];
  const rows = [
    ...answer.categoriesCollected.map((c) => row('categories collected', c.code, c.label, { citation: c.citation })),
    ...answer.sourceCategories.map((s) => row('categories of sources', s.kind, s.label, { sources: s.sources })),
    ...answer.purposes.map((p) => row('purposes', p.id, p.name)),
    ...answer.soldOrShared.map((r) =>
      row('sold or shared', r.category.code, r.category.label, {
        citation: r.category.citation,
        sold: r.sold,
        shared: r.shared,
        recipients: r.thirdPartyCategories,
      }),
    ),
    ...answer.disclosedForBusinessPurpose.map((r) =>
      row('disclosed for a business purpose', r.category.code, r.category.label, {
        citation: r.category.citation,
        recipients: r.recipientCategories,
      }),
    ),
  ];
  return toCsv(HEADER, rows);
}

export function ccpaJson(answer: CcpaRightToKnow): string {
  return `${JSON.stringify(answer, null, 2)}\n`;
}

/** "ccpa-right-to-know-<person or business>-<start>-<end>", safe as a file name. */
export function ccpaExportBaseName(answer: CcpaRightToKnow): string {
  const who = answer.person ? answer.person.id.replace(/[^a-zA-Z0-9._-]+/g, '-') : 'business';
  return `ccpa-right-to-know-${who}-${answer.periodStart}-${answer.periodEnd}`;
}
