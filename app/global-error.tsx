"use client";

import { PageMain } from "@/components/page-main";
import { ServiceProblem } from "@/components/service-problem";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import "@/styles/app.scss";

/**
 * Shown when even the page frame failed (e.g. the database is unreachable). It draws the
 * same frame as app/layout.tsx, skip link included, without asking who is signed in.
 */
export default function GlobalError({ reset }: { error: unknown; reset: () => void }) {
  return (
    <html lang="en-GB" className="govuk-template">
      <body className="govuk-template__body">
        <a href="#main-content" className="govuk-skip-link">
          Skip to main content
        </a>
        <SiteHeader person={null} />
        <PageMain>
          <ServiceProblem onRetry={reset} />
        </PageMain>
        <SiteFooter />
      </body>
    </html>
  );
}
