import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { studentName } from "@/components/student-name";
import type { SearchParams } from "@/components/page-params";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../_lib/require-session";
import { WithdrawalForm } from "./withdrawal-form";

export const metadata: Metadata = { title: "Request a withdrawal" };

/** Reached from a placement: the request covers it and, if chosen, the student's others there. */
export default async function NewWithdrawalPage(props: { searchParams: Promise<SearchParams> }) {
  const { placementId } = await props.searchParams;
  const { actor } = await requireSession();
  const caller = await serverCaller();
  const choices = await caller.withdrawal
    .choices({ placementId: typeof placementId === "string" ? placementId : "" })
    .catch((error: unknown) => {
      if (error instanceof TRPCError) {
        notFound();
      }
      throw error;
    });

  return (
    <>
      <span className="govuk-caption-l">
        {studentName(choices.student)} at {choices.provider.name}
      </span>
      <h1 className="govuk-heading-l">Request a withdrawal</h1>
      <p className="govuk-body">
        {actor.organisationKind === "PROVIDER"
          ? "Save the request, record your meeting with the service and the school, then submit it."
          : "Save the request, then submit it to the service, which processes it within 5 " +
            "working days."}
      </p>
      <WithdrawalForm
        placementId={choices.placement.id}
        placements={choices.placements}
        askMo={actor.organisationKind === "SCHOOL"}
      />
    </>
  );
}
