import type { Metadata } from "next";
import { DueDate } from "@/components/deadline-tag";
import { NotificationBanner } from "@/components/notification-banner";
import type { SearchParams } from "@/components/page-params";
import { StudentLink, studentName } from "@/components/student-name";
import { SummaryList } from "@/components/summary-list";
import { StatusTag } from "@/components/tag";
import { deadlineState } from "@/lib/deadlines";
import { formatDate, formatDateTime } from "@/lib/dates";
import { WEEKDAY_LABEL } from "@/lib/schemas/common";
import { can } from "@/server/auth/permissions";
import type { Actor } from "@/server/auth/roles";
import { requireSession } from "../../../_lib/require-session";
import { ProcessChange, RejectChange, RespondForm, TickChangeStep } from "./change-steps";
import { loadChange, type ChangeRecord } from "./load-change";

type Params = Promise<{ requestId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const request = await loadChange((await params).requestId);
  return { title: `${request.reference} – Change of day` };
}

const BANNERS: Record<string, string> = {
  proposed: "Change of day sent to the provider",
  answered: "Your answer has been sent to the school",
  processed: "Change of day processed: the school and the provider have the confirmation",
  rejected: "Change of day rejected: the school and the provider have been told why",
};

function SchoolSide({ request }: { request: ChangeRecord }) {
  return (
    <SummaryList
      rows={[
        { key: "Student", value: <StudentLink student={request.student} /> },
        { key: "Course", value: `${request.placement.course.title}, ${request.provider.name}` },
        { key: "School", value: request.school.name },
        {
          key: "Change",
          value: `${WEEKDAY_LABEL[request.fromDay]} to ${WEEKDAY_LABEL[request.toDay]}`,
        },
        { key: "Takes effect", value: formatDate(request.effectiveDate) },
        { key: "Proposed by", value: `${request.proposedBy.name}, the school` },
        { key: "Reason", value: request.reason },
        { key: "Effect on achievement", value: request.impactAchievement },
        { key: "Effect on health", value: request.impactHealth },
        { key: "Effect on well-being", value: request.impactWellbeing },
      ]}
    />
  );
}

function ProviderSide({ request }: { request: ChangeRecord }) {
  if (!request.respondedAt) {
    return <p className="govuk-body">The provider has not answered yet.</p>;
  }
  return (
    <SummaryList
      rows={[
        {
          key: "Answer",
          value: `${request.status === "DECLINED" ? "Declined" : "Agreed"} by ${
            request.respondedBy?.name
          } on ${formatDateTime(request.respondedAt)}`,
        },
        { key: "Reason", value: request.providerReason },
        { key: "Effect on achievement", value: request.providerImpactAchievement },
        { key: "Effect on health", value: request.providerImpactHealth },
        { key: "Effect on well-being", value: request.providerImpactWellbeing },
      ]}
    />
  );
}

function tick(by: { name: string } | null, at: Date | null): string {
  return by && at ? `Updated by ${by.name} on ${formatDateTime(at)}` : "Not yet updated";
}

/** Who closed the change and why, once the admin has rejected it. */
function rejectionRows(request: ChangeRecord) {
  if (request.status !== "REJECTED" || !request.closedAt) {
    return [];
  }
  return [
    {
      key: "Rejected",
      value: `By ${request.closedBy?.name} on ${formatDateTime(request.closedAt)}`,
    },
    { key: "Reason for rejecting", value: request.rejectionReason },
  ];
}

function BackOffice({ request, actor }: { request: ChangeRecord; actor: Actor }) {
  const waiting = request.status === "AGREED";
  const canProcess = waiting && can(actor.roles, "changeOfDay.process");
  const canReject = waiting && can(actor.roles, "changeOfDay.reject");
  return (
    <section aria-labelledby="back-office-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="back-office-heading">
        Back-office checklist
      </h2>
      <SummaryList
        rows={[
          {
            key: "Due to be processed",
            value: <DueDate dueOn={request.dueOn} state={deadlineState(request.dueOn, waiting)} />,
          },
          { key: "CLM", value: tick(request.clmUpdatedBy, request.clmUpdatedAt) },
          { key: "Capita", value: tick(request.capitaUpdatedBy, request.capitaUpdatedAt) },
          {
            key: "Processed",
            value: request.processedAt
              ? `By ${request.processedBy?.name} on ${formatDateTime(request.processedAt)}`
              : request.status === "REJECTED"
                ? "Not processed"
                : "Not yet processed",
          },
          ...rejectionRows(request),
        ]}
      />
      {canProcess && !request.clmUpdatedAt && <TickChangeStep requestId={request.id} step="CLM" />}
      {canProcess && !request.capitaUpdatedAt && (
        <TickChangeStep requestId={request.id} step="CAPITA" />
      )}
      {canProcess && <ProcessChange requestId={request.id} />}
      {canReject && <RejectChange requestId={request.id} />}
    </section>
  );
}

export default async function ChangeOfDayPage(props: {
  params: Params;
  searchParams: Promise<SearchParams>;
}) {
  const { requestId } = await props.params;
  const { actor } = await requireSession();
  const request = await loadChange(requestId);
  const params = await props.searchParams;
  const key = Object.keys(BANNERS).find((name) => params[name]);
  const answering = request.status === "PROPOSED" && can(actor.roles, "changeOfDay.respond");

  return (
    <>
      {key && <NotificationBanner type="success" heading={BANNERS[key]} focus />}
      <span className="govuk-caption-l">Change of day {request.reference}</span>
      <h1 className="govuk-heading-l">Change of day for {studentName(request.student)}</h1>
      <p className="govuk-body">
        <StatusTag status={request.status} />
      </p>
      <h2 className="govuk-heading-m">The school&apos;s proposal</h2>
      <SchoolSide request={request} />
      <h2 className="govuk-heading-m">The provider&apos;s answer</h2>
      {answering ? <RespondForm requestId={request.id} /> : <ProviderSide request={request} />}
      {request.status !== "PROPOSED" && request.status !== "DECLINED" && (
        <BackOffice request={request} actor={actor} />
      )}
    </>
  );
}
