"use client";

import { ServiceProblem } from "@/components/service-problem";
import "@/styles/app.scss";

/** Shown when even the page frame failed (e.g. the database is unreachable). */
export default function GlobalError({ reset }: { error: unknown; reset: () => void }) {
  return (
    <html lang="en-GB" className="govuk-template">
      <body className="govuk-template__body">
        <header className="moj-header">
          <div className="moj-header__container">
            <div className="moj-header__logo">
              <span className="moj-header__link moj-header__link--organisation-name">
                CAP Portal
              </span>
            </div>
          </div>
        </header>
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content">
            <ServiceProblem onRetry={reset} />
          </main>
        </div>
      </body>
    </html>
  );
}
