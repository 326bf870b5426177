import type { inferRouterOutputs } from "@trpc/server";
import { StudentLink } from "@/components/student-name";
import { Table } from "@/components/table";
import { WelfareTags } from "@/components/welfare-tags";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { DashboardPart, DashboardSection } from "./dashboard-section";

type Vulnerable = inferRouterOutputs<AppRouter>["dashboard"]["safeguarding"]["students"][number];

function countText(total: number): string {
  const [students, has, is] =
    total === 1 ? ["1 student", "has", "is"] : [`${total} students`, "have", "are"];
  return (
    `${students} on active placements ${has} a child protection plan or a child in need ` +
    `plan, or ${is} looked after.`
  );
}

function VulnerableTable({ rows }: { rows: readonly Vulnerable[] }) {
  return (
    <Table
      caption="Vulnerable students on active placements"
      captionSize="hidden"
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        { header: "Student", cell: (row) => <StudentLink student={row} /> },
        { header: "Year group", cell: (row) => `Year ${row.yearGroup}` },
        { header: "Plans and care", cell: (row) => <WelfareTags flags={row} /> },
      ]}
    />
  );
}

/** DSLs and the lead: the vulnerable students on placement they may see. */
export async function SafeguardingSection() {
  const caller = await serverCaller();
  const { total, students } = await caller.dashboard.safeguarding();

  return (
    <DashboardSection id="safeguarding" title="Safeguarding">
      <div className="govuk-inset-text">
        Safeguarding concerns will appear here once concerns can be raised in the portal.
      </div>
      <DashboardPart title="Vulnerable students on active placements">
        {total === 0 ? (
          <p className="govuk-body">
            No students on active placements that you can see have a child protection plan or a
            child in need plan, or are looked after.
          </p>
        ) : (
          <>
            <p className="govuk-body govuk-!-font-weight-bold">{countText(total)}</p>
            {students.length < total && (
              <p className="govuk-body">The first {students.length} are shown, by surname.</p>
            )}
            <VulnerableTable rows={students} />
          </>
        )}
      </DashboardPart>
    </DashboardSection>
  );
}
