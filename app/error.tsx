"use client";

import { ServiceProblem } from "@/components/service-problem";

/** Shown in place of a page that failed; the header and navigation stay. */
export default function ErrorPage({ reset }: { error: unknown; reset: () => void }) {
  return <ServiceProblem onRetry={reset} />;
}
