import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { queryText, type SearchParams } from "@/components/page-params";
import { studentName } from "@/components/student-name";
import { can } from "@/server/auth/permissions";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../_lib/require-session";
import { MeetingForm } from "./meeting-form";

// The title leaves out the student's name: titles stay in browser history.
export const metadata: Metadata = { title: "Record a student meeting" };

const NOT_FOUND_CODES = new Set(["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN"]);

async function loadForm(placementId: string, reviewOfId?: string) {
  const caller = await serverCaller();
  try {
    return await caller.meeting.form({ placementId, reviewOfId });
  } catch (error) {
    if (error instanceof TRPCError && NOT_FOUND_CODES.has(error.code)) {
      notFound();
    }
    throw error;
  }
}

/** Now in UK time as a datetime-local value, `YYYY-MM-DDTHH:mm`. */
function ukNow(): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/London",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date());
  const part = (type: string) => parts.find((found) => found.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}`;
}

export default async function NewMeetingPage(props: { searchParams: Promise<SearchParams> }) {
  const params = await props.searchParams;
  const { actor } = await requireSession();
  if (!can(actor.roles, "meeting.record")) {
    notFound();
  }
  const placementId = queryText(params.placementId, 36);
  if (!placementId) {
    return (
      <>
        <h1 className="govuk-heading-l">Record a student meeting</h1>
        <p className="govuk-body">
          Open the student&apos;s page from{" "}
          <Link className="govuk-link" href="/students">
            Students
          </Link>{" "}
          and choose &ldquo;Record a student meeting&rdquo; beside their placement.
        </p>
      </>
    );
  }
  const form = await loadForm(placementId, queryText(params.reviewOf, 36));
  const { placement, reviewOf } = form;
  const name = studentName(placement.student);

  if (reviewOf?.reviewedBy) {
    return (
      <>
        <h1 className="govuk-heading-l">Meeting {reviewOf.reference} has been reviewed</h1>
        <p className="govuk-body">
          Its review is meeting{" "}
          <Link
            className="govuk-link"
            href={`/meetings/${reviewOf.reviewedBy.id}`}
            prefetch={false}
          >
            {reviewOf.reviewedBy.reference}
          </Link>
          . Record the next review from that meeting.
        </p>
      </>
    );
  }
  return (
    <>
      <span className="govuk-caption-l">
        {name}, {placement.courseTitle} at {placement.provider.name}
      </span>
      <h1 className="govuk-heading-l">
        {reviewOf
          ? `Record the review of meeting ${reviewOf.reference}`
          : "Record a student meeting"}
      </h1>
      <MeetingForm
        placementId={placement.id}
        now={ukNow()}
        attendees={form.attendees}
        reviewOf={reviewOf}
      />
    </>
  );
}
