"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/button";
import type { PaperworkKindValue } from "@/lib/schemas/referral";
import { useTRPC } from "@/lib/ui/trpc";

interface Props {
  referralId: string;
  kind: PaperworkKindValue;
  received: boolean;
  label: string;
}

/** Marks one piece of paperwork received, or takes the mark back after a slip. */
export function MarkPaperworkButton({ referralId, kind, received, label }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const mark = useMutation(trpc.referral.markPaperwork.mutationOptions());
  const [error, setError] = useState<string | null>(null);

  async function toggle() {
    setError(null);
    try {
      await mark.mutateAsync({ referralId, kind, received: !received });
      router.refresh();
    } catch (caught) {
      setError((caught as Error).message);
    }
  }

  return (
    <>
      <p className="govuk-error-message" role="alert" hidden={!error}>
        <span className="govuk-visually-hidden">Error:</span> {error}
      </p>
      <Button
        type="button"
        variant="secondary"
        className="govuk-!-margin-bottom-0"
        onClick={toggle}
        disabled={mark.isPending}
      >
        {received ? "Mark as not received" : "Mark as received"}
        {/* Absolutely positioned, so read as a separate chunk: brackets keep it one phrase. */}
        <span className="govuk-visually-hidden"> ({label})</span>
      </Button>
    </>
  );
}
