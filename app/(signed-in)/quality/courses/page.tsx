import type { inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { queryChoice, withQuery, type SearchParams } from "@/components/page-params";
import { SubNavigation } from "@/components/sub-navigation";
import { Table, type Column } from "@/components/table";
import { statusText } from "@/components/tag";
import { formatDate } from "@/lib/dates";
import { COURSE_CONFIRMATION_STATUSES } from "@/lib/schemas/course-confirmation";
import { can } from "@/server/auth/permissions";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../_lib/require-session";
import { RecordTag } from "../_records/record-tag";

export const metadata: Metadata = { title: "Course content" };

type Row = inferRouterOutputs<AppRouter>["courseConfirmation"]["list"][number];

const COLUMNS: Column<Row>[] = [
  {
    header: "Confirmation",
    cell: (row) => (
      <Link className="govuk-link" href={`/quality/courses/${row.id}`}>
        {row.reference}
      </Link>
    ),
  },
  { header: "Course", cell: (row) => row.title },
  { header: "Provider", cell: (row) => row.provider.name },
  { header: "Contract", cell: (row) => row.contractReference },
  { header: "Submitted", cell: (row) => formatDate(row.submittedAt) },
  { header: "Status", cell: (row) => <RecordTag status={row.status} /> },
];

export default async function CourseConfirmationsPage(props: {
  searchParams: Promise<SearchParams>;
}) {
  const status = queryChoice((await props.searchParams).status, COURSE_CONFIRMATION_STATUSES);
  const { actor } = await requireSession();
  if (!can(actor.roles, "courseConfirmation.list")) {
    notFound();
  }
  const rows = await (await serverCaller()).courseConfirmation.list({ status });
  const filters = [undefined, ...COURSE_CONFIRMATION_STATUSES].map((value) => ({
    href: withQuery("/quality/courses", { status: value }),
    text: value ? statusText(value) : "All",
    current: value === status,
  }));

  return (
    <>
      <h1 className="govuk-heading-l">Course content confirmations</h1>
      <p className="govuk-body">
        After winning a place on the purchasing system, a provider confirms each course&apos;s
        content. Once the service accepts it, the course is in the list schools refer to.
      </p>
      {can(actor.roles, "courseConfirmation.submit") && (
        <p className="govuk-body">
          <Link className="govuk-button" href="/quality/courses/new">
            Confirm a course&apos;s content
          </Link>
        </p>
      )}
      <SubNavigation label="Filter confirmations by status" items={filters} />
      <Table
        caption={rows.length === 1 ? "1 confirmation" : `${rows.length} confirmations`}
        captionSize="m"
        rows={rows}
        rowKey={(row) => row.id}
        columns={COLUMNS}
        empty="There are no course confirmations to show."
      />
    </>
  );
}
