import type { Metadata } from "next";
import Link from "next/link";
import { NotificationBanner } from "@/components/notification-banner";
import { queryChoice, type SearchParams } from "@/components/page-params";
import { formatDateTime } from "@/lib/dates";
import { can } from "@/server/auth/permissions";
import type { Actor } from "@/server/auth/roles";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../_lib/require-session";
import { ConcernStatusTag, RiskTag } from "../_lib/concern-display";
import {
  Attachments,
  ConcernDetails,
  concernHeading,
  Timeline,
  WhereItStands,
} from "./concern-sections";
import { DecisionForm } from "./decision-form";
import { EntryForm } from "./entry-form";
import { loadConcern, type ConcernRecord } from "./load-concern";
import { OnwardReferrals } from "./_onward/onward-referrals";
import { AcknowledgeButton, SchoolAlertForm } from "./school-alert";
import { AssignForm, CloseForm } from "./triage-forms";

type Params = Promise<{ concernId: string }>;

// The reference only: a child's name has no place in browser history or tab lists.
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const concern = await loadConcern((await params).concernId);
  return { title: `${concern.reference} – Safeguarding concern` };
}

const DONE = [
  "raised",
  "entry",
  "alert",
  "acknowledged",
  "decision",
  "assigned",
  "closed",
] as const;

function bannerText(done: (typeof DONE)[number], concern: ConcernRecord): string {
  switch (done) {
    case "raised":
      return `Concern ${concern.reference} sent to your DSL`;
    case "entry":
      return "Added to the record";
    case "alert":
      return "School DSL alert recorded";
    case "acknowledged":
      return "Alert marked as read";
    case "decision":
      return "Decision recorded";
    case "assigned":
      return `Concern assigned to ${concern.assignedTo?.name ?? "the service DSL"}`;
    case "closed":
      return `Concern ${concern.reference} closed`;
  }
}

/**
 * Changes whenever something is added to the record, so a second confirmation of the same
 * kind draws a new banner, which takes focus again.
 */
function recordVersion(concern: ConcernRecord): string {
  const read = concern.schoolAlerts.filter((alert) => alert.readAt).length;
  return [
    concern.entries.length,
    concern.decisions.length,
    concern.schoolAlerts.length,
    read,
    concern.assignedAt?.getTime() ?? 0,
    concern.status,
  ].join(".");
}

/** What the viewer may do here; the server checks each again. */
function abilities(actor: Actor, concern: ConcernRecord) {
  const full = concern.access === "FULL";
  const open = concern.status !== "CLOSED";
  const raisingDsl = full && actor.organisationId === concern.raisedByOrganisation.id;
  return {
    addEntry: open && can(actor.roles, "concern.addEntry"),
    recordAlert: open && raisingDsl && can(actor.roles, "concern.recordSchoolAlert"),
    decide: open && raisingDsl && can(actor.roles, "concern.decide"),
    acknowledge:
      full &&
      actor.organisationId === concern.school.id &&
      can(actor.roles, "concern.acknowledgeAlert") &&
      concern.schoolAlerts.some((alert) => !alert.readAt),
    triage: full && open && can(actor.roles, "concern.assign"),
    close: full && open && can(actor.roles, "concern.close"),
  };
}

function RaiserNote({ concern }: { concern: ConcernRecord }) {
  return (
    <div className="govuk-inset-text">
      You raised this concern. Your designated safeguarding lead decides what happens next and keeps
      that part of the record; it is not shown to you.{" "}
      {concern.status === "CLOSED"
        ? "The concern is closed: if something new happens, raise a new concern."
        : "Add anything new you see, hear or are told below."}
    </div>
  );
}

/** The school DSL alert: each alert with its read receipt, and what the viewer may do. */
function SchoolAlertSection({
  concern,
  can: may,
}: {
  concern: ConcernRecord;
  can: ReturnType<typeof abilities>;
}) {
  const alerts = concern.schoolAlerts;
  return (
    <section aria-labelledby="school-alert">
      <h2 className="govuk-heading-m" id="school-alert" tabIndex={-1}>
        School DSL alert
      </h2>
      {alerts.length === 0 ? (
        <p className="govuk-body">
          {concern.school.name}&apos;s DSL has not been alerted through the portal yet.
        </p>
      ) : (
        <ul className="govuk-list">
          {alerts.map((alert) => (
            <li key={alert.id}>
              Alerted {formatDateTime(alert.alertedAt)}.{" "}
              {alert.readAt ? (
                <>
                  Marked as read by {concern.people[alert.readById ?? ""]?.name ?? "the school DSL"}
                  , {formatDateTime(alert.readAt)}.
                </>
              ) : (
                <strong>Not read yet.</strong>
              )}
              {alert.escalatedAt &&
                ` Escalated to the service DSLs ${formatDateTime(alert.escalatedAt)}.`}
            </li>
          ))}
        </ul>
      )}
      {may.acknowledge && (
        <>
          <p className="govuk-body">
            Read the concern, then mark the alert as read so the provider and the service know it
            has reached you.
          </p>
          <AcknowledgeButton concernId={concern.id} />
        </>
      )}
      {may.recordAlert && (
        <SchoolAlertForm concernId={concern.id} schoolName={concern.school.name} />
      )}
    </section>
  );
}

export default async function ConcernPage(props: {
  params: Params;
  searchParams: Promise<SearchParams>;
}) {
  const { concernId } = await props.params;
  const { actor } = await requireSession();
  const concern = await loadConcern(concernId);
  const done = queryChoice((await props.searchParams).done ?? undefined, DONE);
  const may = abilities(actor, concern);
  const full = concern.access === "FULL";
  const caller = await serverCaller();
  const assignees = may.triage ? await caller.concern.assignees() : [];
  const showViews = full && can(actor.roles, "concern.viewers");

  return (
    <>
      {done && (
        <NotificationBanner
          key={`${done}-${recordVersion(concern)}`}
          type="success"
          heading={bannerText(done, concern)}
          focus
        />
      )}
      <Link className="govuk-back-link" href="/concerns">
        All concerns
      </Link>
      <span className="govuk-caption-l">Safeguarding concern {concern.reference}</span>
      <h1 className="govuk-heading-l">{concernHeading(concern)}</h1>
      <p className="govuk-body">
        <ConcernStatusTag status={concern.status} /> <RiskTag level={concern.riskLevel} />
      </p>
      {!full && <RaiserNote concern={concern} />}
      {full && <WhereItStands concern={concern} />}
      <ConcernDetails concern={concern} />
      <Attachments concern={concern} />
      {full && <SchoolAlertSection concern={concern} can={may} />}
      {full && <OnwardReferrals concernId={concern.id} />}
      <Timeline concern={concern} />
      {showViews && (
        <p className="govuk-body">
          <Link className="govuk-link" href={`/students/${concern.student.id}/safeguarding-views`}>
            Who has viewed this student&apos;s safeguarding record
          </Link>
        </p>
      )}
      {may.decide && (
        <DecisionForm
          concernId={concern.id}
          currentRisk={concern.riskLevel}
          decidedBefore={concern.decisions.length > 0}
        />
      )}
      {may.triage && (
        <AssignForm
          concernId={concern.id}
          assignees={assignees}
          currentId={concern.assignedTo?.id ?? null}
          meId={actor.userId}
        />
      )}
      {may.addEntry && <EntryForm concernId={concern.id} />}
      {may.close && <CloseForm concernId={concern.id} />}
    </>
  );
}
