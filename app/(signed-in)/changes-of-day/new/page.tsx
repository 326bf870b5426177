import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatWeekdays } from "@/components/format";
import { formatDate } from "@/lib/dates";
import type { SearchParams } from "@/components/page-params";
import { studentName } from "@/components/student-name";
import { serverCaller } from "@/server/trpc/server-caller";
import { ChangeOfDayForm } from "./change-of-day-form";

export const metadata: Metadata = { title: "Propose a change of day" };

/** Reached from a placement: the school proposes moving one of its days. */
export default async function NewChangeOfDayPage(props: { searchParams: Promise<SearchParams> }) {
  const { placementId } = await props.searchParams;
  const caller = await serverCaller();
  const placement = await caller.changeOfDay
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
        {studentName(placement.student)}, {placement.course.title} at {placement.provider.name}
      </span>
      <h1 className="govuk-heading-l">Propose a change of day</h1>
      <p className="govuk-body">
        The placement runs on {formatWeekdays(placement.days)} from{" "}
        {formatDate(placement.startDate)}. The provider is asked to agree; once it does, the service
        updates its records within 2 working days.
      </p>
      <ChangeOfDayForm
        placementId={placement.id}
        days={placement.days}
        offered={placement.course.daysOffered}
      />
    </>
  );
}
