import type { inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDate } from "@/lib/dates";
import { formatWeekdays } from "@/components/format";
import { queryChoice, queryPage, withQuery, type SearchParams } from "@/components/page-params";
import { Pagination } from "@/components/pagination";
import { PastLastPage } from "@/components/past-last-page";
import { StudentLink, studentName } from "@/components/student-name";
import { ReferralLink } from "@/components/referral-link";
import { Table, type Column } from "@/components/table";
import { StatusTag } from "@/components/tag";
import type { OrganisationKind, Role } from "@/server/auth/roles";
import { can } from "@/server/auth/permissions";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { StaffCheckWarnings } from "@/components/staff-check-warning";
import { staffCheckStatuses } from "../../_lib/staff-check-status";
import { requireSession } from "../../_lib/require-session";
import { StatusFilter, STATUSES, type PlacementStatus } from "./status-filter";

export const metadata: Metadata = { title: "Placements" };

type PlacementRow = inferRouterOutputs<AppRouter>["placement"]["list"]["rows"][number];

const STUDENT: Column<PlacementRow> = {
  header: "Student",
  cell: (row) => <StudentLink student={row.student} />,
};
const SCHOOL: Column<PlacementRow> = { header: "School", cell: (row) => row.school.name };
const COURSE: Column<PlacementRow> = { header: "Course", cell: (row) => row.course.title };
const COURSE_AND_PROVIDER: Column<PlacementRow> = {
  header: "Course and provider",
  cell: (row) => (
    <>
      {row.course.title}
      <br />
      <span className="govuk-body-s">{row.provider.name}</span>
    </>
  ),
};
const DETAILS: Column<PlacementRow>[] = [
  { header: "Days", cell: (row) => formatWeekdays(row.days) },
  { header: "Start date", cell: (row) => formatDate(row.startDate) },
  { header: "Status", cell: (row) => <StatusTag status={row.status} /> },
  { header: "Referral", cell: (row) => <ReferralLink {...row.referral} /> },
];

/** What the school or provider can ask for an active placement (DOMAIN.md workflows 2, 3). */
function actionsColumn(roles: readonly Role[]): Column<PlacementRow>[] {
  const withdraw = can(roles, "withdrawal.request");
  const changeDay = can(roles, "changeOfDay.propose");
  if (!withdraw && !changeDay) {
    return [];
  }
  const hidden = (row: PlacementRow) => (
    <span className="govuk-visually-hidden"> for {studentName(row.student)}</span>
  );
  const cell = (row: PlacementRow) =>
    row.status !== "ACTIVE" ? null : (
      <ul className="govuk-list">
        {withdraw && (
          <li>
            <Link className="govuk-link" href={`/withdrawals/new?placementId=${row.id}`}>
              Request withdrawal{hidden(row)}
            </Link>
          </li>
        )}
        {changeDay && (
          <li>
            <Link className="govuk-link" href={`/changes-of-day/new?placementId=${row.id}`}>
              Propose a change of day{hidden(row)}
            </Link>
          </li>
        )}
      </ul>
    );
  return [{ header: "Actions", cell }];
}

/** A provider need not be told its own name on every row, nor a school its own. */
function columnsFor(kind: OrganisationKind, roles: readonly Role[]): Column<PlacementRow>[] {
  const where = kind === "PROVIDER" ? [COURSE] : [COURSE_AND_PROVIDER];
  const who = kind === "SCHOOL" ? [] : [SCHOOL];
  return [STUDENT, ...who, ...where, ...DETAILS, ...actionsColumn(roles)];
}

function captionFor(total: number, status?: PlacementStatus): string {
  const what = status ? `${status.toLowerCase()} placement` : "placement";
  return total === 1 ? `1 ${what}` : `${total} ${what}s`;
}

export default async function PlacementsPage(props: { searchParams: Promise<SearchParams> }) {
  const params = await props.searchParams;
  const status = queryChoice(params.status, STATUSES);
  const page = queryPage(params.page);
  const { actor } = await requireSession();
  // The navigation hides this section from roles it is closed to; a typed address gets
  // the same "Page not found" as any page the person cannot use.
  if (!can(actor.roles, "placement.list")) {
    notFound();
  }
  const caller = await serverCaller();
  const { total, pageSize, rows } = await caller.placement.list({ status, page });
  const checks = await staffCheckStatuses(rows.map((row) => row.provider.id));

  return (
    <>
      <h1 className="govuk-heading-l">Placements</h1>
      <StaffCheckWarnings statuses={checks} />
      <StatusFilter current={status} />
      <Table
        caption={captionFor(total, status)}
        captionSize="m"
        rows={rows}
        rowKey={(row) => row.id}
        columns={columnsFor(actor.organisationKind, actor.roles)}
        empty={
          total > 0 ? (
            <PastLastPage firstPage={withQuery("/placements", { status })} />
          ) : (
            `There are no ${status ? `${status.toLowerCase()} ` : ""}placements to show.`
          )
        }
      />
      <Pagination
        page={page}
        pageCount={Math.ceil(total / pageSize)}
        label="Pages of placements"
        hrefFor={(n) => withQuery("/placements", { status, page: n })}
      />
    </>
  );
}
