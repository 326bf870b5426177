"use client";

import { ServiceProblem } from "@/components/service-problem";

/** A signed-in page that failed: the header and navigation stay. */
export default function SignedInErrorPage({ reset }: { error: unknown; reset: () => void }) {
  return <ServiceProblem onRetry={reset} />;
}
