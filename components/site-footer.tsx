/** The page footer. CAP Portal is not a GOV.UK service: no crest, no Crown copyright. */
export function SiteFooter() {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
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
