import type { Metadata } from "next";
import { NotificationBanner } from "@/components/notification-banner";
import type { SearchParams } from "@/components/page-params";
import { studentName } from "@/components/student-name";
import { StatusTag } from "@/components/tag";
import { can } from "@/server/auth/permissions";
import type { Actor } from "@/server/auth/roles";
import { requireSession } from "../../../_lib/require-session";
import { loadWithdrawal, type WithdrawalRecord } from "./load-withdrawal";
import { ChecklistSummary, PlacementsWithdrawn, RequestDetails } from "./withdrawal-sections";
import {
  MeetingForm,
  ProcessRequest,
  RejectRequest,
  SubmitRequest,
  TickStep,
  WithdrawRequest,
} from "./withdrawal-steps";

type Params = Promise<{ requestId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const request = await loadWithdrawal((await params).requestId);
  return { title: `${request.reference} – Withdrawal` };
}

const BANNERS: Record<string, string> = {
  saved: "Withdrawal request saved",
  submitted: "Withdrawal request submitted to the service",
  processed: "Withdrawal processed: the record has gone to the school and the provider",
  closed: "Withdrawal request withdrawn",
};

function bannerText(params: SearchParams): string | null {
  const key = Object.keys(BANNERS).find((name) => params[name]);
  return key ? BANNERS[key] : null;
}

function isRequester(actor: Actor, request: WithdrawalRecord): boolean {
  const own = request.requestedBy === "SCHOOL" ? request.school.id : request.provider.id;
  return actor.organisationKind === request.requestedBy && actor.organisationId === own;
}

/** The requester's steps while the request is open: meeting (provider), submit, withdraw. */
function RequesterSteps({ request, actor }: { request: WithdrawalRecord; actor: Actor }) {
  if (!request.open || !isRequester(actor, request)) {
    return null;
  }
  const draft = request.status === "DRAFT";
  const meetingFirst = request.requestedBy === "PROVIDER" && draft;
  return (
    <>
      {meetingFirst && (
        <MeetingForm
          requestId={request.id}
          heldOn={request.meetingHeldOn?.toISOString().slice(0, 10) ?? ""}
          attendees={request.meetingAttendees ?? ""}
        />
      )}
      {draft && (
        <>
          <h2 className="govuk-heading-m">Submit the request</h2>
          {meetingFirst && !request.meetingHeldOn && (
            <p className="govuk-body">Record the meeting above before you submit.</p>
          )}
          <SubmitRequest requestId={request.id} />
        </>
      )}
      <WithdrawRequest requestId={request.id} />
    </>
  );
}

/** The admin's checklist and processing, while the request waits for them. */
function AdminSteps({ request, actor }: { request: WithdrawalRecord; actor: Actor }) {
  if (request.status !== "SUBMITTED" || !can(actor.roles, "withdrawal.process")) {
    return null;
  }
  return (
    <section aria-labelledby="process-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="process-heading">
        Process the withdrawal
      </h2>
      {!request.clmUpdatedAt && <TickStep requestId={request.id} step="CLM" />}
      {!request.capitaUpdatedAt && <TickStep requestId={request.id} step="CAPITA" />}
      <ProcessRequest requestId={request.id} />
      <RejectRequest requestId={request.id} />
    </section>
  );
}

export default async function WithdrawalPage(props: {
  params: Params;
  searchParams: Promise<SearchParams>;
}) {
  const { requestId } = await props.params;
  const { actor } = await requireSession();
  const request = await loadWithdrawal(requestId);
  const banner = bannerText(await props.searchParams);

  return (
    <>
      {banner && <NotificationBanner type="success" heading={banner} focus />}
      <span className="govuk-caption-l">Withdrawal {request.reference}</span>
      <h1 className="govuk-heading-l">Withdrawal of {studentName(request.student)}</h1>
      <p className="govuk-body">
        <StatusTag status={request.status} />
      </p>
      <RequestDetails request={request} />
      <PlacementsWithdrawn request={request} />
      <ChecklistSummary request={request} />
      <AdminSteps request={request} actor={actor} />
      <RequesterSteps request={request} actor={actor} />
    </>
  );
}
