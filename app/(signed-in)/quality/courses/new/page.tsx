import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { queryText, type SearchParams } from "@/components/page-params";
import type { SubmitCourseConfirmationInput } from "@/lib/schemas/course-confirmation";
import { can } from "@/server/auth/permissions";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../../_lib/require-session";
import { orNotFound } from "../../_records/or-not-found";
import { ConfirmationForm } from "./confirmation-form";

export const metadata: Metadata = { title: "Confirm a course's content" };

/**
 * `?from=<id>` starts from a returned confirmation, so the provider corrects rather than
 * retypes.
 */
export default async function NewCourseConfirmationPage(props: {
  searchParams: Promise<SearchParams>;
}) {
  const from = queryText((await props.searchParams).from, 40);
  const { actor } = await requireSession();
  if (!can(actor.roles, "courseConfirmation.submit")) {
    notFound();
  }
  const caller = await serverCaller();
  const courses = await caller.course.list({ providerId: actor.organisationId });
  let start: Partial<SubmitCourseConfirmationInput> = {};
  if (from) {
    const returned = await orNotFound(caller.courseConfirmation.get({ confirmationId: from }));
    const { contractReference, title, subject, qualification, level, awardingBody } = returned;
    start = { contractReference, title, subject, qualification, level, awardingBody };
    start = { ...start, daysOffered: returned.daysOffered, location: returned.location };
    start = { ...start, places: returned.places, minAge: returned.minAge, maxAge: returned.maxAge };
    start.courseId = returned.courseId ?? "";
  }

  return (
    <>
      <h1 className="govuk-heading-l">Confirm a course&apos;s content</h1>
      <p className="govuk-body">
        The service checks the content against your award on the purchasing system, then adds the
        course to the list schools refer to (or updates the course you choose).
      </p>
      <ConfirmationForm
        start={start}
        courses={courses.map((course) => ({ value: course.id, text: course.title }))}
      />
    </>
  );
}
