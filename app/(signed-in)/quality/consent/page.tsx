import type { inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Table, type Column } from "@/components/table";
import { Tag } from "@/components/tag";
import { formatDate } from "@/lib/dates";
import { can } from "@/server/auth/permissions";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../_lib/require-session";

export const metadata: Metadata = { title: "Photo and video consent" };

type Row = inferRouterOutputs<AppRouter>["consent"]["list"][number];

const yesNo = (value: boolean) => (value ? "Yes" : "No");

const COLUMNS: Column<Row>[] = [
  {
    header: "Person",
    cell: (row) => (
      <Link className="govuk-link" href={`/quality/consent/${row.id}`}>
        {row.person.name}
      </Link>
    ),
  },
  { header: "Who", cell: (row) => (row.subject === "STUDENT" ? "Student" : "Staff") },
  { header: "Photos", cell: (row) => yesNo(row.photo) },
  { header: "Video", cell: (row) => yesNo(row.video) },
  { header: "Given", cell: (row) => `${formatDate(row.givenOn)} by ${row.givenBy}` },
  {
    header: "Status",
    cell: (row) =>
      row.withdrawnOn ? (
        <Tag colour="grey">Withdrawn {formatDate(row.withdrawnOn)}</Tag>
      ) : (
        <Tag colour="green">Current</Tag>
      ),
  },
];

const PROVIDER_COLUMN: Column<Row> = { header: "Provider", cell: (row) => row.provider.name };

export default async function ConsentPage() {
  const { actor } = await requireSession();
  if (!can(actor.roles, "consent.list")) {
    notFound();
  }
  const rows = await (await serverCaller()).consent.list();
  const service = actor.organisationKind === "SERVICE";

  return (
    <>
      <h1 className="govuk-heading-l">Photo and video consent</h1>
      <p className="govuk-body">
        {service
          ? "The consent each provider holds for photographs and video of its students and staff."
          : "Record consent before photographing or filming a student or a member of staff. " +
            "Consent that ends is withdrawn, never deleted."}
      </p>
      {can(actor.roles, "consent.record") && (
        <p className="govuk-body">
          <Link className="govuk-button" href="/quality/consent/new">
            Record consent
          </Link>
        </p>
      )}
      <Table
        caption={rows.length === 1 ? "1 consent record" : `${rows.length} consent records`}
        captionSize="m"
        rows={rows}
        rowKey={(row) => row.id}
        columns={service ? [PROVIDER_COLUMN, ...COLUMNS] : COLUMNS}
        rowHeader={service ? 1 : 0}
        empty="No consent has been recorded yet."
      />
    </>
  );
}
