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
import { AdoptionTag } from "./adoption-tag";

export const metadata: Metadata = { title: "Policies" };

type Row = inferRouterOutputs<AppRouter>["policy"]["list"][number];

const TITLE: Column<Row> = {
  header: "Policy",
  cell: (row) => (
    <Link className="govuk-link" href={`/quality/policies/${row.id}`}>
      {row.title}
    </Link>
  ),
};
const VERSION: Column<Row> = {
  header: "Current version",
  cell: (row) =>
    row.current ? (
      <>
        Version {row.current.version}, {formatDate(row.current.publishedAt)}
        <br />
        <a className="govuk-link" href={`/api/documents/${row.current.document.id}`} download>
          Download<span className="govuk-visually-hidden"> {row.title}</span>
        </a>
      </>
    ) : (
      "None"
    ),
};

const PROVIDER_COLUMNS: Column<Row>[] = [
  TITLE,
  VERSION,
  { header: "Your answer", cell: (row) => <AdoptionTag state={row.ownState ?? "NOT_ADOPTED"} /> },
];

const SERVICE_COLUMNS: Column<Row>[] = [
  TITLE,
  VERSION,
  {
    header: "Adopted or accepted",
    cell: (row) =>
      row.retiredAt ? <Tag colour="grey">Retired</Tag> : `${row.settled} of ${row.providers}`,
  },
  { header: "Awaiting acceptance", cell: (row) => row.awaiting, numeric: true },
];

/** Providers answer each policy's current version; the service publishes and follows up. */
export default async function PoliciesPage() {
  const { actor } = await requireSession();
  if (!can(actor.roles, "policy.list")) {
    notFound();
  }
  const policies = await (await serverCaller()).policy.list();
  const provider = actor.organisationKind === "PROVIDER";

  return (
    <>
      <h1 className="govuk-heading-l">Policies</h1>
      <p className="govuk-body">
        {provider
          ? "Adopt each of the service's policies as it stands, or send your own policy that " +
            "reflects it. A new version needs a new answer."
          : "The service's policies. Each provider adopts the current version or sends its " +
            "own policy for you to accept."}
      </p>
      {can(actor.roles, "policy.publish") && (
        <p className="govuk-body">
          <Link className="govuk-button govuk-!-margin-right-2" href="/quality/policies/new">
            Publish a new policy
          </Link>
          <Link className="govuk-button govuk-button--secondary" href="/quality/policies/grid">
            Providers and policies
          </Link>
        </p>
      )}
      <Table
        caption="Policies"
        captionSize="m"
        rows={policies}
        rowKey={(row) => row.id}
        columns={provider ? PROVIDER_COLUMNS : SERVICE_COLUMNS}
        empty="No policies have been published yet."
      />
    </>
  );
}
