"use client";

import { PageMain } from "@/components/page-main";
import { ServiceProblem } from "@/components/service-problem";

/** Shown in place of a page that failed; the header stays. */
export default function ErrorPage({ reset }: { error: unknown; reset: () => void }) {
  return (
    <PageMain>
      <ServiceProblem onRetry={reset} />
    </PageMain>
  );
}
