import { TRPCError, type inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { NotificationBanner } from "@/components/notification-banner";
import { queryChoice, type SearchParams } from "@/components/page-params";
import { SummaryList } from "@/components/summary-list";
import { formatDateTime } from "@/lib/dates";
import { behaviourTypeText } from "@/lib/schemas/behaviour";
import { can } from "@/server/auth/permissions";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../_lib/require-session";
import { SeverityTag, StudentsInvolved, WithdrawnTag } from "../_lib/incident-display";
import { WithdrawForm } from "./withdraw-form";

type Params = Promise<{ incidentId: string }>;
type Incident = inferRouterOutputs<AppRouter>["behaviour"]["get"];

const MISSING = new Set(["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN"]);

/** "Not yours", "not there", a malformed id and a refused role all answer "Page not found". */
const loadIncident = cache(async (incidentId: string): Promise<Incident> => {
  const caller = await serverCaller();
  try {
    return await caller.behaviour.get({ incidentId });
  } catch (error) {
    if (error instanceof TRPCError && MISSING.has(error.code)) {
      notFound();
    }
    throw error;
  }
});

// The reference only: a child's name has no place in browser history or tab lists.
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const incident = await loadIncident((await params).incidentId);
  return { title: `${incident.reference} – Behaviour incident` };
}

const yesNo = (value: boolean) => (value ? "Yes" : "No");

function Details({ incident }: { incident: Incident }) {
  return (
    <SummaryList
      rows={[
        { key: "Students", value: <StudentsInvolved incident={incident} /> },
        { key: "When", value: formatDateTime(incident.occurredAt) },
        { key: "Where", value: incident.location },
        { key: "Type", value: behaviourTypeText(incident.type, incident.otherType) },
        { key: "Severity", value: <SeverityTag severity={incident.severity} /> },
        { key: "What happened", value: <p className="cap-verbatim">{incident.description}</p> },
        { key: "Action taken", value: <p className="cap-verbatim">{incident.actionTaken}</p> },
        { key: "Parent or carer told", value: yesNo(incident.parentCarerInformed) },
        { key: "School told by the provider", value: yesNo(incident.schoolInformed) },
        { key: "Provider", value: incident.provider.name },
        {
          key: "Logged",
          value: `${formatDateTime(incident.recordedAt)} by ${incident.recordedBy.name}`,
        },
      ]}
    />
  );
}

function Withdrawn({ incident }: { incident: Incident }) {
  return (
    <div className="govuk-inset-text">
      <p className="govuk-body">
        <WithdrawnTag /> Withdrawn {formatDateTime(incident.withdrawnAt!)}
        {incident.withdrawnBy ? ` by ${incident.withdrawnBy.name}` : ""}. It is kept on the record
        and no longer counted.
      </p>
      <p className="govuk-body cap-verbatim">Reason: {incident.withdrawnReason}</p>
    </div>
  );
}

const DONE = ["logged", "withdrawn"] as const;

export default async function IncidentPage(props: {
  params: Params;
  searchParams: Promise<SearchParams>;
}) {
  const { incidentId } = await props.params;
  const { actor } = await requireSession();
  const incident = await loadIncident(incidentId);
  const done = queryChoice((await props.searchParams).done ?? undefined, DONE);
  const mayWithdraw =
    !incident.withdrawnAt &&
    can(actor.roles, "behaviour.withdraw") &&
    actor.organisationId === incident.provider.id;

  return (
    <>
      {done && (
        <NotificationBanner
          key={`${done}-${Boolean(incident.withdrawnAt)}`}
          type="success"
          heading={
            done === "logged"
              ? `Incident ${incident.reference} logged`
              : `Incident ${incident.reference} withdrawn`
          }
          focus
        />
      )}
      <Link className="govuk-back-link" href="/behaviour">
        Behaviour incidents
      </Link>
      <span className="govuk-caption-l">Behaviour incident {incident.reference}</span>
      <h1 className="govuk-heading-l">{behaviourTypeText(incident.type, incident.otherType)}</h1>
      {incident.withdrawnAt && <Withdrawn incident={incident} />}
      <Details incident={incident} />
      {mayWithdraw && <WithdrawForm incidentId={incident.id} />}
    </>
  );
}
