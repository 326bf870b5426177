import type { inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Table, type Column } from "@/components/table";
import { formatDate } from "@/lib/dates";
import { can } from "@/server/auth/permissions";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../_lib/require-session";
import { RecordTag } from "../_records/record-tag";

export const metadata: Metadata = { title: "Surveys" };

type Row = inferRouterOutputs<AppRouter>["survey"]["list"][number];

const TITLE: Column<Row> = {
  header: "Survey",
  cell: (row) => (
    <Link className="govuk-link" href={`/quality/surveys/${row.id}`}>
      {row.title}
    </Link>
  ),
};
const STATUS: Column<Row> = { header: "Status", cell: (row) => <RecordTag status={row.status} /> };
const CLOSES: Column<Row> = {
  header: "Closes",
  cell: (row) => (row.closesOn ? formatDate(row.closesOn) : "Not set"),
};

const OFFICER_COLUMNS: Column<Row>[] = [
  TITLE,
  STATUS,
  CLOSES,
  { header: "Questions", cell: (row) => row.questionCount, numeric: true },
  { header: "Responses", cell: (row) => row.responseCount, numeric: true },
];

const PROVIDER_COLUMNS: Column<Row>[] = [
  TITLE,
  STATUS,
  CLOSES,
  {
    header: "Your response",
    cell: (row) =>
      row.respondedAt
        ? `Sent ${formatDate(row.respondedAt)}`
        : row.status === "OPEN"
          ? "Not answered yet"
          : "Not answered",
  },
];

export default async function SurveysPage() {
  const { actor } = await requireSession();
  if (!can(actor.roles, "survey.list")) {
    notFound();
  }
  const rows = await (await serverCaller()).survey.list();
  const manages = can(actor.roles, "survey.manage");

  return (
    <>
      <h1 className="govuk-heading-l">Provider surveys</h1>
      <p className="govuk-body">
        {manages
          ? "Build a survey as a draft, then open it to every provider. Results are shown " +
            "aggregated: no answer is shown with the name of the provider that gave it."
          : "The service asks providers about working with it. Your organisation answers each " +
            "survey once; the service sees the answers only added together with other providers'."}
      </p>
      {manages && (
        <p className="govuk-body">
          <Link className="govuk-button" href="/quality/surveys/new">
            Create a survey
          </Link>
        </p>
      )}
      <Table
        caption={rows.length === 1 ? "1 survey" : `${rows.length} surveys`}
        captionSize="m"
        rows={rows}
        rowKey={(row) => row.id}
        columns={manages ? OFFICER_COLUMNS : PROVIDER_COLUMNS}
        empty="There are no surveys to show."
      />
    </>
  );
}
