import type { inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { formatWeekdays } from "@/components/format";
import { NotificationBanner } from "@/components/notification-banner";
import type { SearchParams } from "@/components/page-params";
import { SummaryList } from "@/components/summary-list";
import { formatDateTime } from "@/lib/dates";
import { can } from "@/server/auth/permissions";
import type { Actor } from "@/server/auth/roles";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../../_lib/require-session";
import { orNotFound } from "../../_records/or-not-found";
import { RecordTag } from "../../_records/record-tag";
import { DecideForm } from "./decide-form";

export const metadata: Metadata = { title: "Course content confirmation" };

type Confirmation = inferRouterOutputs<AppRouter>["courseConfirmation"]["get"];

const BANNERS: Record<string, string> = {
  submitted: "Sent to the service to check",
  decided: "Decision recorded: the provider has been told",
};

function contentRows(confirmation: Confirmation) {
  return [
    { key: "Provider", value: confirmation.provider.name },
    { key: "Contract or lot", value: confirmation.contractReference },
    {
      key: "Course to update",
      value: confirmation.course?.title ?? "A new course",
    },
    { key: "Subject", value: confirmation.subject },
    {
      key: "Qualification",
      value: `${confirmation.qualification}, ${confirmation.level} (${confirmation.awardingBody})`,
    },
    { key: "Days", value: formatWeekdays(confirmation.daysOffered) },
    { key: "Places", value: confirmation.places },
    { key: "Ages", value: `${confirmation.minAge} to ${confirmation.maxAge}` },
    { key: "Location", value: confirmation.location },
    {
      key: "Submitted",
      value: `${formatDateTime(confirmation.submittedAt)} by ${confirmation.submittedBy.name}`,
    },
  ];
}

function Decision({ confirmation, actor }: { confirmation: Confirmation; actor: Actor }) {
  if (confirmation.status === "SUBMITTED") {
    return can(actor.roles, "courseConfirmation.decide") ? (
      <DecideForm confirmationId={confirmation.id} />
    ) : (
      <p className="govuk-body">The service is checking this confirmation.</p>
    );
  }
  const returned = confirmation.status === "RETURNED";
  return (
    <>
      <h2 className="govuk-heading-m">Decision</h2>
      <SummaryList
        rows={[
          { key: "Decision", value: <RecordTag status={confirmation.status} /> },
          {
            key: "By",
            value: `${confirmation.decidedBy?.name ?? ""}, ${
              confirmation.decidedAt ? formatDateTime(confirmation.decidedAt) : ""
            }`,
          },
          ...(confirmation.decisionComment
            ? [{ key: "Comment", value: confirmation.decisionComment }]
            : []),
        ]}
      />
      {returned && can(actor.roles, "courseConfirmation.submit") && (
        <p className="govuk-body">
          <Link className="govuk-button" href={`/quality/courses/new?from=${confirmation.id}`}>
            Submit a corrected confirmation
          </Link>
        </p>
      )}
    </>
  );
}

export default async function CourseConfirmationPage(props: {
  params: Promise<{ confirmationId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { confirmationId } = await props.params;
  const params = await props.searchParams;
  const { actor } = await requireSession();
  const caller = await serverCaller();
  const confirmation = await orNotFound(caller.courseConfirmation.get({ confirmationId }));
  const banner = Object.keys(BANNERS).find((key) => params[key]);

  return (
    <>
      {banner && <NotificationBanner type="success" heading={BANNERS[banner]} focus />}
      <span className="govuk-caption-l">Course content {confirmation.reference}</span>
      <h1 className="govuk-heading-l">{confirmation.title}</h1>
      <p className="govuk-body">
        <RecordTag status={confirmation.status} />
      </p>
      <SummaryList rows={contentRows(confirmation)} />
      <Decision confirmation={confirmation} actor={actor} />
    </>
  );
}
