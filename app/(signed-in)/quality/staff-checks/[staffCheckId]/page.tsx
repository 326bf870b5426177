import { TRPCError, type inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NotificationBanner } from "@/components/notification-banner";
import type { SearchParams } from "@/components/page-params";
import { SummaryList } from "@/components/summary-list";
import { formatDate, formatDateTime } from "@/lib/dates";
import { fromDateOnly } from "@/lib/schemas/common";
import type { StaffCheckInput } from "@/lib/schemas/staff-check";
import { can } from "@/server/auth/permissions";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../../_lib/require-session";
import { StaffCheckForm } from "../staff-check-form";
import { IssueList, StateTag } from "../staff-record";

export const metadata: Metadata = { title: "Staff member – Single central record" };

type Row = inferRouterOutputs<AppRouter>["staffCheck"]["get"];

const NOT_FOUND_CODES = new Set(["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN"]);

const day = (value: Date | null) => (value ? fromDateOnly(value) : "");
const shown = (value: Date | null) => (value ? formatDate(value) : "Not done");
const yesNo = (value: boolean) => (value ? "YES" : "NO");

/** The row as the form's starting values. */
function defaultsOf(row: Row): StaffCheckInput {
  return {
    staffCheckId: row.id,
    fullName: row.fullName,
    jobRole: row.jobRole,
    startedOn: day(row.startedOn),
    identityCheckedOn: day(row.identityCheckedOn),
    dbsCertificateNumber: row.dbsCertificateNumber ?? "",
    dbsIssuedOn: day(row.dbsIssuedOn),
    dbsUpdateService: yesNo(row.dbsUpdateService),
    dbsLastCheckedOn: day(row.dbsLastCheckedOn),
    barredListCheckedOn: day(row.barredListCheckedOn),
    prohibitionCheckedOn: day(row.prohibitionCheckedOn),
    overseasCheckRequired: yesNo(row.overseasCheckRequired),
    overseasCheckedOn: day(row.overseasCheckedOn),
    qualificationsRequired: yesNo(row.qualificationsRequired),
    qualificationsCheckedOn: day(row.qualificationsCheckedOn),
    rightToWorkCheckedOn: day(row.rightToWorkCheckedOn),
    checkedByName: row.checkedByName ?? "",
    checkedOn: day(row.checkedOn),
    leftOn: day(row.leftOn),
  };
}

function Checks({ row }: { row: Row }) {
  const dbs = row.dbsCertificateNumber
    ? `${row.dbsCertificateNumber}, issued ${shown(row.dbsIssuedOn)}`
    : "Not done";
  const updateService = row.dbsUpdateService
    ? `Subscribed; last checked ${shown(row.dbsLastCheckedOn)}`
    : "Not subscribed";
  return (
    <SummaryList
      rows={[
        { key: "Role", value: row.jobRole },
        { key: "Started", value: formatDate(row.startedOn) },
        { key: "Identity check", value: shown(row.identityCheckedOn) },
        { key: "Enhanced DBS certificate", value: dbs },
        { key: "DBS update service", value: updateService },
        { key: "Barred list check", value: shown(row.barredListCheckedOn) },
        { key: "Prohibition from teaching check", value: shown(row.prohibitionCheckedOn) },
        {
          key: "Overseas checks",
          value: row.overseasCheckRequired ? shown(row.overseasCheckedOn) : "Not needed",
        },
        {
          key: "Qualifications check",
          value: row.qualificationsRequired ? shown(row.qualificationsCheckedOn) : "Not needed",
        },
        { key: "Right to work check", value: shown(row.rightToWorkCheckedOn) },
        {
          key: "Checked by",
          value: row.checkedByName ? `${row.checkedByName}, ${shown(row.checkedOn)}` : "Not done",
        },
        { key: "Left", value: row.leftOn ? formatDate(row.leftOn) : "Still in post" },
        {
          key: "Last updated",
          value: `${formatDateTime(row.updatedAt)} by ${row.updatedBy.name}`,
        },
      ]}
    />
  );
}

export default async function StaffCheckPage(props: {
  params: Promise<{ staffCheckId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { staffCheckId } = await props.params;
  const saved = Boolean((await props.searchParams).saved);
  const { actor } = await requireSession();
  const caller = await serverCaller();
  const row = await caller.staffCheck.get({ staffCheckId }).catch((error: unknown) => {
    if (error instanceof TRPCError && NOT_FOUND_CODES.has(error.code)) {
      notFound();
    }
    throw error;
  });
  const back =
    actor.organisationKind === "PROVIDER"
      ? "/quality/staff-checks"
      : `/quality/staff-checks/providers/${row.provider.id}`;

  return (
    <>
      {saved && <NotificationBanner type="success" heading="Staff member's checks saved" focus />}
      <Link className="govuk-back-link" href={back}>
        Single central record
      </Link>
      <span className="govuk-caption-l">{row.provider.name}</span>
      <h1 className="govuk-heading-l">{row.fullName}</h1>
      <p className="govuk-body">
        <StateTag state={row.state} />
      </p>
      <IssueList issues={row.issues} />
      <Checks row={row} />
      {can(actor.roles, "scr.record") && (
        <>
          <h2 className="govuk-heading-m">Update the checks</h2>
          <StaffCheckForm key={row.updatedAt.toISOString()} defaults={defaultsOf(row)} />
        </>
      )}
    </>
  );
}
