import Link from "next/link";

/**
 * The page footer. CAP Portal is not a GOV.UK service: no crest, no Crown copyright. Signed
 * in, it links to the safeguarding contacts, so whom to call is one link away on every page.
 */
export function SiteFooter({ signedIn = false }: { signedIn?: boolean }) {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            {signedIn && (
              <>
                <h2 className="govuk-visually-hidden">Support links</h2>
                <ul className="govuk-footer__inline-list">
                  <li className="govuk-footer__inline-list-item">
                    <Link className="govuk-footer__link" href="/safeguarding-contacts">
                      Safeguarding contacts and helplines
                    </Link>
                  </li>
                </ul>
              </>
            )}
            <h2 className="govuk-visually-hidden">About this service</h2>
            <p className="govuk-footer__meta-custom">
              CAP Portal keeps the shared record of the Alternative Provision service: referrals,
              placements, attendance, safeguarding and quality assurance.
            </p>
            <p className="govuk-footer__meta-custom">Times are shown in UK time.</p>
          </div>
        </div>
      </div>
    </footer>
  );
}
