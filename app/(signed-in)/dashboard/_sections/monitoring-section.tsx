import { BarChart } from "@/components/bar-chart";
import { Table } from "@/components/table";
import { serverCaller } from "@/server/trpc/server-caller";
import { DashboardSection } from "./dashboard-section";

const TITLE = "Students on placement by provider";

function totalText(total: number, providers: number): string {
  const students = total === 1 ? "1 student is" : `${total} students are`;
  const among = providers === 1 ? "1 provider" : `${providers} providers`;
  return `${students} on an active placement, with ${among}.`;
}

/** Monitoring officers and the lead: where the students on placement are. */
export async function MonitoringSection() {
  const caller = await serverCaller();
  const { total, byProvider } = await caller.dashboard.monitoring();

  return (
    <DashboardSection id="monitoring" title={TITLE}>
      {byProvider.length === 0 ? (
        <p className="govuk-body">No students are on placement.</p>
      ) : (
        <>
          <p className="govuk-body govuk-!-font-weight-bold">
            {totalText(total, byProvider.length)}
          </p>
          <BarChart
            title={TITLE}
            data={byProvider.map((row) => ({ label: row.name, value: row.students }))}
            unit={["student", "students"]}
            note="The table below gives each provider's figure"
          />
          <Table
            caption={TITLE}
            captionSize="hidden"
            rows={byProvider}
            rowKey={(row) => row.providerId}
            columns={[
              { header: "Provider", cell: (row) => row.name },
              { header: "Students on placement", numeric: true, cell: (row) => row.students },
            ]}
          />
        </>
      )}
    </DashboardSection>
  );
}
