"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { ErrorSummary } from "@/components/error-summary";
import { useTRPC } from "@/lib/ui/trpc";
import type { ReferralRecord } from "./load-referral";

/**
 * The service admin processes the provider's response: an accepted one into a placement, a
 * declined one closes the referral. The server refuses anything else, and refuses a second
 * processing of the same response with a message.
 */
export function AdminProcess({ referral }: { referral: ReferralRecord }) {
  const trpc = useTRPC();
  const router = useRouter();
  const process = useMutation(trpc.referral.process.mutationOptions());
  const [plannedEndDate, setPlannedEndDate] = useState("");
  const [error, setError] = useState<{ text: string; field?: string } | null>(null);
  const accepted = referral.status === "ACCEPTED";

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await process.mutateAsync({
        referralId: referral.id,
        plannedEndDate: plannedEndDate || undefined,
      });
      router.replace(`/referrals/${referral.id}?processed=1`);
      router.refresh();
    } catch (caught) {
      const data = (caught as { data?: { fieldErrors?: Record<string, string[]> } }).data;
      const fieldMessage = data?.fieldErrors?.plannedEndDate?.[0];
      setError(
        fieldMessage
          ? { text: fieldMessage, field: "plannedEndDate" }
          : { text: (caught as Error).message },
      );
    }
  }

  const summary = error?.field ? [{ href: "#plannedEndDate", text: error.text }] : [];
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="process-heading"
      className="govuk-!-margin-bottom-8"
    >
      <h2 className="govuk-heading-m" id="process-heading">
        Process the response
      </h2>
      <ErrorSummary
        errors={summary}
        description={error?.field ? null : error?.text}
        focusKey={error}
      />
      {accepted && (
        <DateInput
          name="plannedEndDate"
          label="Planned end date (optional)"
          hint="Leave blank for 31 July, the end of the academic year the placement starts in"
          value={plannedEndDate}
          onChange={(event) => setPlannedEndDate(event.target.value)}
          error={error?.field ? error.text : undefined}
        />
      )}
      {!accepted && (
        <p className="govuk-body">The provider declined. Closing the referral tells the school.</p>
      )}
      <Button disabled={process.isPending}>
        {accepted ? "Create placement" : "Close referral"}
      </Button>
    </form>
  );
}
