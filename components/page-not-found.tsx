import Link from "next/link";

/**
 * Also what a record the person may not see looks like: "not yours" and "not there"
 * answer the same, so the page does not say which.
 */
export function PageNotFound() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">Check that the web address is complete and correct.</p>
        <p className="govuk-body">
          If you followed a link to a record, it may have been closed or moved, or your organisation
          may not have access to it.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" href="/dashboard">
            Go to your dashboard
          </Link>
        </p>
      </div>
    </div>
  );
}
