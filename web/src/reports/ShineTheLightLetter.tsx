import type { Organization, ShineTheLightReport } from './graphql';
import { formatLongDate, todayIso } from '../common/dates';
import { inStatutoryOrder } from '../common/statutory';

export interface ShineTheLightLetterProps {
  report: ShineTheLightReport;
  organization: Organization | null;
}

/** The report as a letter a customer could receive (Civ. Code §1798.83): categories in statutory order, third parties A–Z. */
export function ShineTheLightLetter({ report, organization }: ShineTheLightLetterProps) {
  const categories = inStatutoryOrder(report.categories);
  const thirdParties = [...report.thirdParties].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const company = organization?.name ?? 'our company';
  const channels = [
    ...(organization?.requestChannels ?? []),
    ...(organization?.contactEmail && !(organization.requestChannels ?? []).some((c) => c.includes(organization.contactEmail ?? ''))
      ? [`email: ${organization.contactEmail}`]
      : []),
  ];

  return (
    <article className="letter" aria-label="Shine the Light report preview">
      <header className="letter-head">
        {organization ? (
          <div className="letter-sender">
            <strong>{organization.name}</strong>
            {organization.address ? <div>{organization.address}</div> : null}
            {organization.contactEmail ? <div>{organization.contactEmail}</div> : null}
          </div>
        ) : null}
        <div className="letter-date">{formatLongDate(todayIso())}</div>
      </header>

      <p className="letter-recipient">{report.person ? <>To: {report.person.display}</> : <>To our customers in California</>}</p>

      <h2 className="letter-subject">Your California privacy rights: disclosures for direct marketing in {report.year}</h2>

      {report.notices.length ? (
        <aside className="letter-notices" aria-label="Notices">
          <strong>Please note</strong>
          <ul>
            {report.notices.map((notice) => (
              <li key={notice}>{notice.charAt(0).toUpperCase() + notice.slice(1)}.</li>
            ))}
          </ul>
        </aside>
      ) : null}

      <p>
        California Civil Code §1798.83 lets our California customers ask, once a year, which categories of personal information{' '}
        {organization ? company : 'we'} disclosed to third parties for their own direct marketing purposes in the preceding calendar year,
        and the names and addresses of those third parties.
        {report.person ? ' This letter answers your request.' : ' This statement answers for all of our customers.'}
      </p>

      {thirdParties.length === 0 && categories.length === 0 ? (
        <p className="letter-nil">
          From {formatLongDate(report.periodStart)} to {formatLongDate(report.periodEnd)} we did not disclose personal information{' '}
          {report.person ? 'about you ' : ''}to third parties for their direct marketing purposes.
        </p>
      ) : (
        <>
          <p>
            From {formatLongDate(report.periodStart)} to {formatLongDate(report.periodEnd)} we disclosed the following categories of
            personal information {report.person ? 'about you ' : ''}to third parties for their direct marketing purposes:
          </p>
          <ol className="letter-categories" aria-label="Categories of personal information">
            {categories.map((category) => (
              <li key={category.code} data-code={category.code}>
                {category.label}
              </li>
            ))}
          </ol>

          <h3>The third parties</h3>
          <ol className="letter-parties" aria-label="Third parties">
            {thirdParties.map((party) => (
              <li key={party.recipient.id} className="letter-party">
                <h4>{party.name}</h4>
                <dl>
                  <dt>Address</dt>
                  <dd>{party.address ?? 'Not recorded'}</dd>
                  {party.natureOfBusiness ? (
                    <>
                      <dt>Nature of business</dt>
                      <dd>{party.natureOfBusiness}</dd>
                    </>
                  ) : null}
                  {party.productsMarketed.length ? (
                    <>
                      <dt>Products or services marketed, for example</dt>
                      <dd>{party.productsMarketed.join(', ')}</dd>
                    </>
                  ) : null}
                  <dt>Categories received</dt>
                  <dd>
                    {inStatutoryOrder(party.categories)
                      .map((category) => category.label)
                      .join('; ') || '—'}
                  </dd>
                </dl>
              </li>
            ))}
          </ol>
        </>
      )}

      {channels.length ? (
        <p>To make a request or ask a question, contact us by {channels.join('; ')}. We answer within 30 days of receiving a request.</p>
      ) : null}
      <p className="letter-signoff">
        Sincerely,
        <br />
        {organization ? `${organization.name} privacy team` : 'The privacy team'}
      </p>
    </article>
  );
}
