import type { inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Table, type Column } from "@/components/table";
import { Tag } from "@/components/tag";
import { can } from "@/server/auth/permissions";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../_lib/require-session";
import { StaffRecord } from "./staff-record";

export const metadata: Metadata = { title: "Single central record" };

type Summary = inferRouterOutputs<AppRouter>["staffCheck"]["summaries"][number];

const count = (value: number, colour: "red" | "orange") =>
  value > 0 ? <Tag colour={colour}>{value}</Tag> : value;

const COLUMNS: Column<Summary>[] = [
  {
    header: "Provider",
    cell: (row) => (
      <Link className="govuk-link" href={`/quality/staff-checks/providers/${row.id}`}>
        {row.name}
      </Link>
    ),
  },
  { header: "Current staff", cell: (row) => row.staff, numeric: true },
  { header: "With gaps", cell: (row) => count(row.withGaps, "red"), numeric: true },
  { header: "Expiring", cell: (row) => count(row.expiring, "orange"), numeric: true },
];

const INTRO =
  "Pre-employment checks of every member of staff (Keeping children safe in education, part " +
  "3). Missing checks are gaps; a DBS certificate due for renewal, or an update service " +
  "check due, shows as expiring 60 days before.";

/** A provider keeps its own record here; the service sees every provider's numbers. */
export default async function StaffChecksPage() {
  const { actor } = await requireSession();
  if (!can(actor.roles, "scr.list")) {
    notFound();
  }
  const caller = await serverCaller();
  if (actor.organisationKind === "PROVIDER") {
    const record = await caller.staffCheck.list({ providerId: actor.organisationId });
    return (
      <>
        <h1 className="govuk-heading-l">Single central record</h1>
        <p className="govuk-body">{INTRO}</p>
        {can(actor.roles, "scr.record") && (
          <Link className="govuk-button" href="/quality/staff-checks/new">
            Add a staff member
          </Link>
        )}
        <StaffRecord record={record} />
      </>
    );
  }
  const summaries = await caller.staffCheck.summaries();
  return (
    <>
      <h1 className="govuk-heading-l">Single central record</h1>
      <p className="govuk-body">{INTRO}</p>
      <Table
        caption="Providers' records"
        captionSize="m"
        rows={summaries}
        rowKey={(row) => row.id}
        columns={COLUMNS}
        empty="There are no providers."
      />
    </>
  );
}
