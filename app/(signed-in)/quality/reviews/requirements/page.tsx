import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Table } from "@/components/table";
import { formatDate } from "@/lib/dates";
import { can } from "@/server/auth/permissions";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../../_lib/require-session";
import { AddRequirement, MoveRequirement, RetireRequirement } from "./requirement-forms";

export const metadata: Metadata = { title: "Quality Review 1 requirements" };

/**
 * The contractual requirements Quality Review 1 asks, in order. The officer keeps the list;
 * changes apply to reviews opened afterwards (each review keeps the wording it asked).
 */
export default async function RequirementsPage() {
  const { actor } = await requireSession();
  if (!can(actor.roles, "qualityRequirement.list")) {
    notFound();
  }
  const manage = can(actor.roles, "qualityRequirement.manage");
  const all = await (await serverCaller()).qualityRequirement.list({ includeRetired: manage });
  const active = all.filter((requirement) => !requirement.retiredAt);
  const retired = all.filter((requirement) => requirement.retiredAt);

  return (
    <>
      <h1 className="govuk-heading-l">Quality Review 1 requirements</h1>
      <p className="govuk-body">
        Each Quality Review 1 asks these requirements in this order. Changes apply to reviews opened
        from now on; reviews already opened keep the wording they asked.
      </p>
      <Table
        caption={`${active.length} current requirements`}
        captionSize="m"
        rows={active}
        rowKey={(row) => row.id}
        empty="There are no requirements yet."
        columns={[
          { header: "Requirement", cell: (row) => row.title },
          { header: "Guidance", cell: (row) => row.guidance ?? "" },
          { header: "Asks an expiry date", cell: (row) => (row.asksExpiry ? "Yes" : "No") },
          ...(manage
            ? [
                {
                  header: "Change",
                  cell: (row: (typeof active)[number]) => (
                    <>
                      <Link className="govuk-link" href={`/quality/reviews/requirements/${row.id}`}>
                        Edit<span className="govuk-visually-hidden"> {row.title}</span>
                      </Link>
                      <MoveRequirement requirementId={row.id} title={row.title} direction="UP" />
                      <MoveRequirement requirementId={row.id} title={row.title} direction="DOWN" />
                      <RetireRequirement requirementId={row.id} title={row.title} />
                    </>
                  ),
                },
              ]
            : []),
        ]}
      />
      {manage && (
        <>
          <AddRequirement />
          <Table
            caption="Retired requirements"
            captionSize="m"
            rows={retired}
            rowKey={(row) => row.id}
            empty="No requirement has been retired."
            columns={[
              { header: "Requirement", cell: (row) => row.title },
              { header: "Retired on", cell: (row) => formatDate(row.retiredAt!) },
            ]}
          />
        </>
      )}
    </>
  );
}
