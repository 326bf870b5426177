import Link from "next/link";
import { withQuery, type SearchParams } from "@/components/page-params";
import { Table, type Column } from "@/components/table";
import { formatDate } from "@/lib/dates";
import { SESSION_LABEL } from "@/lib/attendance";
import { can } from "@/server/auth/permissions";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../_lib/require-session";
import { readCaseloadFilter } from "./caseload-filter";
import { DashboardSection } from "./dashboard-section";

type Missing = Awaited<
  ReturnType<Awaited<ReturnType<typeof serverCaller>>["register"]["missing"]>
>[number];

const WHEN: Column<Missing> = {
  header: "Register",
  cell: (row) => `${formatDate(row.date)}, ${SESSION_LABEL[row.session].toLowerCase()}`,
};
const PROVIDER: Column<Missing> = { header: "Provider", cell: (row) => row.providerName };
const MARKED: Column<Missing> = {
  header: "Students marked",
  numeric: true,
  cell: (row) => `${row.marked} of ${row.expected}`,
};
const OPEN: Column<Missing> = {
  header: "Action",
  cell: (row) => (
    <Link
      className="govuk-link"
      href={withQuery("/registers", { date: row.date, session: row.session })}
    >
      Keep this register
    </Link>
  ),
};

/**
 * Registers not kept in the last two weeks: a provider's own, with a link to keep each; for
 * monitoring officers their caseload's providers'; for admins and the lead every provider's.
 */
export async function RegistersSection({ params }: { params: SearchParams }) {
  const { actor } = await requireSession();
  const caller = await serverCaller();
  // The caseload's provider filter applies here too; a refused one is left out, as there.
  const { providerId } = readCaseloadFilter(params).applied;
  const missing = await caller.register.missing({ providerId });
  const keeps = can(actor.roles, "register.submit");
  const columns = keeps ? [WHEN, MARKED, OPEN] : [WHEN, PROVIDER, MARKED];

  return (
    <DashboardSection id="registers" title="Registers missing">
      {missing.length === 0 ? (
        <p className="govuk-body">Every register in the last two weeks has been kept.</p>
      ) : (
        <Table
          caption={
            missing.length === 1
              ? "1 register in the last two weeks is missing or incomplete"
              : `${missing.length} registers in the last two weeks are missing or incomplete`
          }
          captionSize="s"
          rows={missing}
          rowKey={(row) => `${row.date}-${row.session}-${row.providerId}`}
          columns={columns}
          rowHeader={0}
        />
      )}
    </DashboardSection>
  );
}
