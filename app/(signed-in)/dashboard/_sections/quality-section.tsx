import { Table } from "@/components/table";
import { serverCaller } from "@/server/trpc/server-caller";
import { DashboardSection } from "./dashboard-section";

/** Quality officers and the lead: the providers under review and what each offers. */
export async function QualitySection() {
  const caller = await serverCaller();
  const { providers } = await caller.dashboard.quality();

  return (
    <DashboardSection id="quality" title="Providers and their courses">
      <Table
        caption="Providers and their active courses"
        captionSize="hidden"
        rows={providers}
        rowKey={(row) => row.id}
        empty="No providers are open in the collaboration."
        columns={[
          { header: "Provider", cell: (row) => row.name },
          { header: "UKPRN", cell: (row) => row.ukprn ?? "Not recorded" },
          { header: "Active courses", numeric: true, cell: (row) => row.courses },
        ]}
      />
    </DashboardSection>
  );
}
