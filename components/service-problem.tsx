"use client";

import { Button } from "./button";

/** The page for an unexpected failure. It never shows the error itself, only what to do. */
export function ServiceProblem({ onRetry }: { onRetry?: () => void }) {
  return (
    <div className="govuk-grid-row">
      <title>Sorry, there is a problem with the service – CAP Portal</title>
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
        <p className="govuk-body">Try again later.</p>
        <p className="govuk-body">
          Anything you entered on this page may not have been saved. Check the record before you
          enter it again.
        </p>
        {onRetry && (
          <Button type="button" variant="secondary" onClick={onRetry}>
            Try again
          </Button>
        )}
      </div>
    </div>
  );
}
