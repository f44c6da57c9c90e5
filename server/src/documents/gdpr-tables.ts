import { ART30_COLUMNS } from '../gdpr/gdpr-rules';
import type { Art15RecipientsReport, ProcessorEntry, RecordOfProcessing } from '../gdpr/models/gdpr.models';
import type { TableDocument } from './render-table';

const list = (values: readonly string[]) => values.join('; ');

export function art30Table(record: RecordOfProcessing): TableDocument {
  return {
    title: 'Record of processing',
    preamble: [
      `Record of processing activities (GDPR Art. 30(1)) as of ${record.asOf}`,
      `Controller: ${record.controller}${record.controllerContact ? `, ${record.controllerContact}` : ''}`,
    ],
    header: ART30_COLUMNS,
    rows: record.activities.map((a) => [
      a.name,
      record.controller,
      record.controllerContact,
      list(a.purposes),
      list(a.dataSubjects),
      list(a.personalData),
      list(a.recipientCategories),
      list(a.thirdCountryRecipients),
      list(a.transfers),
      list(a.erasureTimeLimits),
      list(record.securityMeasures),
      a.validFrom,
      a.validTo,
    ]),
  };
}

export const PROCESSOR_COLUMNS = [
  'Processor',
  'Legal name',
  'Country',
  'Third country',
  'Agreement signed on',
  'Sub-processor of',
  'Sub-processor authorised on',
  'Categories of personal data',
  'Purposes',
  'Problems',
  'Sub-processor changes (Art. 28(2))',
] as const;

/** One notice as the register prints it: who, when, the objection deadline, short notice, objection. */
function changeText(c: ProcessorEntry['subprocessorChanges'][number]): string {
  const parts = [
    `${c.subprocessor.name}: notice ${c.noticeOn}, effective ${c.effectiveOn}, objections until ${c.objectionDeadline}`,
    ...(c.shortNotice ? ['short notice'] : []),
    ...(c.objectedOn ? [`objected on ${c.objectedOn}`] : []),
  ];
  return parts.join(', ');
}

export function processorsTable(entries: ProcessorEntry[], asOf: string): TableDocument {
  return {
    title: 'Processors',
    preamble: [`Processors and sub-processors (GDPR Art. 28) as of ${asOf}`],
    header: PROCESSOR_COLUMNS,
    rows: entries.map((e) => [
      e.recipient.name,
      e.recipient.legalName,
      e.recipient.country,
      e.thirdCountry === null ? 'unknown' : e.thirdCountry ? 'yes' : 'no',
      e.agreementSignedOn,
      e.subprocessorOf?.name ?? null,
      e.subprocessorAuthorizedOn,
      list(e.categories),
      list(e.purposes),
      list(e.problems),
      list(e.subprocessorChanges.map(changeText)),
    ]),
  };
}

export const ART15_COLUMNS = [
  'Recipient',
  'Legal name',
  'Postal address',
  'Country',
  'Third country',
  'Safeguards',
  'First on',
  'Last on',
] as const;

export function art15Table(report: Art15RecipientsReport): TableDocument {
  return {
    title: 'Recipients',
    preamble: [`Recipients of the personal data of ${report.person.display} (GDPR Art. 15(1)(c))`],
    header: ART15_COLUMNS,
    rows: report.recipients.map((r) => [
      r.recipient.name,
      r.recipient.legalName,
      r.recipient.address,
      r.country,
      r.thirdCountry === null ? 'unknown' : r.thirdCountry ? 'yes' : 'no',
      list(r.safeguards),
      r.firstOn,
      r.lastOn,
    ]),
  };
}
