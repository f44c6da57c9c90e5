import type { Organization } from '../organization/models/organization.model';
import type { ShineTheLightReport } from '../reports/models/shine-the-light.models';

/**
 * The Shine-the-Light response letter (Civ. Code §1798.83), as plain blocks
 * that the HTML, PDF and CSV renderers lay out. Its content comes only from
 * ReportsService.shineTheLightReport and the organization's settings.
 */
export interface LetterThirdParty {
  name: string;
  address: string;
  business: string;
  categories: string[];
}

export interface ShineTheLightLetter {
  title: string;
  business: string;
  contactLines: string[];
  period: string;
  addressee: string | null;
  intro: string;
  categories: string[];
  thirdParties: LetterThirdParty[];
  notices: string[];
  closing: string;
}

const LONG_DATE = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
export const longDate = (iso: string) => LONG_DATE.format(new Date(`${iso}T00:00:00Z`));

/** "Nature of business" for a third party: its nature of business, else examples of the products or services it markets. */
function businessOf(t: ShineTheLightReport['thirdParties'][number]): string {
  const parts: string[] = [];
  if (t.natureOfBusiness) parts.push(t.natureOfBusiness);
  if (t.productsMarketed.length) parts.push(`Products or services marketed, for example: ${t.productsMarketed.join(', ')}`);
  return parts.join('. ') || 'Not recorded';
}

export function shineTheLightLetter(report: ShineTheLightReport, organization: Organization): ShineTheLightLetter {
  const contactLines = [
    `Designated contact: ${organization.name}${organization.address ? `, ${organization.address}` : ''}`,
    ...(organization.contactEmail ? [`Email: ${organization.contactEmail}`] : []),
    ...organization.requestChannels.map((c) => `Requests may be sent by ${c}`),
  ];
  const period = `${longDate(report.periodStart)} – ${longDate(report.periodEnd)}`;
  const intro = report.categories.length
    ? `During the calendar year ${report.year} (${period}), ${organization.name} disclosed the following categories of personal information ` +
      `to third parties for the third parties' direct marketing purposes (California Civil Code §1798.83(a)):`
    : `During the calendar year ${report.year} (${period}), ${organization.name} did not disclose personal information ` +
      `to third parties for the third parties' direct marketing purposes (California Civil Code §1798.83(a)).`;
  return {
    title: `Your California Privacy Rights: Shine the Light disclosure for ${report.year}`,
    business: organization.name,
    contactLines,
    period,
    addressee: report.person ? report.person.display : null,
    intro,
    categories: report.categories.map((c) => c.label),
    thirdParties: report.thirdParties.map((t) => ({
      name: t.name,
      address: t.address ?? 'Address not recorded',
      business: businessOf(t),
      categories: t.categories.map((c) => c.label),
    })),
    notices: report.notices,
    closing: `This response covers the period ${period}. It is provided once per calendar year per customer, free of charge.`,
  };
}
