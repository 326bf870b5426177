import type { inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DueDate } from "@/components/deadline-tag";
import { queryChoice, queryPage, withQuery, type SearchParams } from "@/components/page-params";
import { Pagination } from "@/components/pagination";
import { PastLastPage } from "@/components/past-last-page";
import { studentName } from "@/components/student-name";
import { SubNavigation } from "@/components/sub-navigation";
import { Table, type Column } from "@/components/table";
import { StatusTag, statusText } from "@/components/tag";
import { deadlineState } from "@/lib/deadlines";
import { formatDate } from "@/lib/dates";
import { CHANGE_OF_DAY_STATUSES } from "@/lib/schemas/change-of-day";
import { WEEKDAY_LABEL } from "@/lib/schemas/common";
import { can } from "@/server/auth/permissions";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../_lib/require-session";

export const metadata: Metadata = { title: "Changes of day" };

type Row = inferRouterOutputs<AppRouter>["changeOfDay"]["list"]["rows"][number];

const COLUMNS: Column<Row>[] = [
  {
    header: "Request",
    cell: (row) => (
      <Link className="govuk-link" href={`/changes-of-day/${row.id}`}>
        {row.reference}
      </Link>
    ),
  },
  { header: "Student", cell: (row) => studentName(row.student) },
  {
    header: "Placement",
    cell: (row) => (
      <>
        {row.placement.course.title}
        <br />
        <span className="govuk-body-s">
          {row.provider.name}, {row.school.name}
        </span>
      </>
    ),
  },
  {
    header: "Change",
    cell: (row) =>
      `${WEEKDAY_LABEL[row.fromDay]} to ${WEEKDAY_LABEL[row.toDay]} from ` +
      formatDate(row.effectiveDate),
  },
  { header: "Status", cell: (row) => <StatusTag status={row.status} /> },
  {
    header: "Due",
    cell: (row) => (
      <DueDate dueOn={row.dueOn} state={deadlineState(row.dueOn, row.status === "AGREED")} />
    ),
  },
];

export default async function ChangesOfDayPage(props: { searchParams: Promise<SearchParams> }) {
  const params = await props.searchParams;
  const status = queryChoice(params.status, CHANGE_OF_DAY_STATUSES);
  const { actor } = await requireSession();
  if (!can(actor.roles, "changeOfDay.list")) {
    notFound();
  }
  const caller = await serverCaller();
  const page = queryPage(params.page);
  const { rows, total, pageSize } = await caller.changeOfDay.list({ status, page });
  const filters = [undefined, ...CHANGE_OF_DAY_STATUSES].map((value) => ({
    href: withQuery("/changes-of-day", { status: value }),
    text: value ? statusText(value) : "All",
    current: value === status,
  }));

  return (
    <>
      <h1 className="govuk-heading-l">Changes of day</h1>
      <p className="govuk-body">
        The school proposes a change from the placement, under Placements; the provider agrees or
        declines; the service processes an agreed change within 2 working days.
      </p>
      <SubNavigation label="Filter changes of day by status" items={filters} />
      <Table
        caption={total === 1 ? "1 change of day" : `${total} changes of day`}
        captionSize="m"
        rows={rows}
        rowKey={(row) => row.id}
        columns={COLUMNS}
        empty={
          total > 0 ? (
            <PastLastPage firstPage={withQuery("/changes-of-day", { status })} />
          ) : (
            "There are no changes of day to show."
          )
        }
      />
      <Pagination
        page={page}
        pageCount={Math.ceil(total / pageSize)}
        label="Pages of changes of day"
        hrefFor={(n) => withQuery("/changes-of-day", { status, page: n })}
      />
    </>
  );
}
