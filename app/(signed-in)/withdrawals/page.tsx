import type { inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Button } from "@/components/button";
import { DueDate } from "@/components/deadline-tag";
import { DateInput } from "@/components/date-input";
import { ErrorSummary } from "@/components/error-summary";
import {
  queryChoice,
  queryPage,
  queryText,
  withQuery,
  type SearchParams,
} from "@/components/page-params";
import { Pagination } from "@/components/pagination";
import { PastLastPage } from "@/components/past-last-page";
import { studentName } from "@/components/student-name";
import { SubNavigation } from "@/components/sub-navigation";
import { Table, type Column } from "@/components/table";
import { StatusTag, statusText } from "@/components/tag";
import { deadlineState } from "@/lib/deadlines";
import { ukToday } from "@/lib/dates";
import { exportWithdrawalsSchema, WITHDRAWAL_STATUSES } from "@/lib/schemas/withdrawal";
import { can } from "@/server/auth/permissions";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../_lib/require-session";

export const metadata: Metadata = { title: "Withdrawals" };

type Row = inferRouterOutputs<AppRouter>["withdrawal"]["list"]["rows"][number];

const COLUMNS: Column<Row>[] = [
  {
    header: "Request",
    cell: (row) => (
      <Link className="govuk-link" href={`/withdrawals/${row.id}`}>
        {row.reference}
      </Link>
    ),
  },
  { header: "Student", cell: (row) => studentName(row.student) },
  {
    header: "Placements",
    cell: (row) => (
      <>
        {row.courses.join(", ")}
        <br />
        <span className="govuk-body-s">
          {row.provider.name}, {row.school.name}
        </span>
      </>
    ),
  },
  { header: "Requested by", cell: (row) => statusText(row.requestedBy) },
  { header: "Status", cell: (row) => <StatusTag status={row.status} /> },
  {
    header: "Due",
    cell: (row) => (
      <DueDate dueOn={row.dueOn} state={deadlineState(row.dueOn, row.status === "SUBMITTED")} />
    ),
  },
];

function ExportForm({ params }: { params: SearchParams }) {
  const today = ukToday();
  const values = {
    from: queryText(params.from, 10) ?? `${today.slice(0, 8)}01`,
    to: queryText(params.to, 10) ?? today,
  };
  const parsed = params.exportError ? exportWithdrawalsSchema.safeParse(values) : null;
  const issues = parsed?.error?.issues ?? [];
  const errorOf = (field: string) => issues.find((issue) => issue.path[0] === field)?.message;
  return (
    <form method="get" action="/withdrawals/export" noValidate aria-labelledby="export-heading">
      <h2 className="govuk-heading-m" id="export-heading">
        Export processed withdrawals
      </h2>
      <ErrorSummary
        errors={issues.map((issue) => ({ href: `#${String(issue.path[0])}`, text: issue.message }))}
      />
      <p className="govuk-body">
        One row per placement, in the order to key into CLM and Capita (CSV).
      </p>
      <DateInput
        label="Processed from"
        name="from"
        defaultValue={values.from}
        error={errorOf("from")}
      />
      <DateInput label="Processed to" name="to" defaultValue={values.to} error={errorOf("to")} />
      <Button variant="secondary">Download the export</Button>
    </form>
  );
}

export default async function WithdrawalsPage(props: { searchParams: Promise<SearchParams> }) {
  const params = await props.searchParams;
  const status = queryChoice(params.status, WITHDRAWAL_STATUSES);
  const { actor } = await requireSession();
  if (!can(actor.roles, "withdrawal.list")) {
    notFound();
  }
  const caller = await serverCaller();
  const page = queryPage(params.page);
  const { rows, total, pageSize } = await caller.withdrawal.list({ status, page });
  const filters = [undefined, ...WITHDRAWAL_STATUSES].map((value) => ({
    href: withQuery("/withdrawals", { status: value }),
    text: value ? statusText(value) : "All",
    current: value === status,
  }));

  return (
    <>
      <h1 className="govuk-heading-l">Withdrawals</h1>
      <p className="govuk-body">
        The service processes each withdrawal within 5 working days of its submission. Start a
        request from the placement, under Placements.
      </p>
      <SubNavigation label="Filter withdrawals by status" items={filters} />
      <Table
        caption={total === 1 ? "1 withdrawal request" : `${total} withdrawal requests`}
        captionSize="m"
        rows={rows}
        rowKey={(row) => row.id}
        columns={COLUMNS}
        empty={
          total > 0 ? (
            <PastLastPage firstPage={withQuery("/withdrawals", { status })} />
          ) : (
            "There are no withdrawal requests to show."
          )
        }
      />
      <Pagination
        page={page}
        pageCount={Math.ceil(total / pageSize)}
        label="Pages of withdrawal requests"
        hrefFor={(n) => withQuery("/withdrawals", { status, page: n })}
      />
      {can(actor.roles, "withdrawal.export") && <ExportForm params={params} />}
    </>
  );
}
