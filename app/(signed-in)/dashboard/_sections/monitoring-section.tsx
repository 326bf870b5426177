import type { SearchParams } from "@/components/page-params";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../_lib/require-session";
import { CaseloadFilterForm, readCaseloadFilter } from "./caseload-filter";
import {
  caseloadTotals,
  CaseloadTables,
  CaseloadTrend,
  ReviewsDue,
  TargetsDue,
} from "./caseload-parts";
import { DashboardPart, DashboardSection } from "./dashboard-section";

/**
 * Monitoring officers: their caseload; the lead: every officer's, with a choice of officer.
 * The trend first, so a drop is the first thing seen, then what is due, then each student.
 */
export async function MonitoringSection({ params }: { params: SearchParams }) {
  const { actor } = await requireSession();
  const state = readCaseloadFilter(params);
  const caller = await serverCaller();
  const caseload = await caller.dashboard.monitoring(state.applied);
  const everyOfficer = actor.roles.includes("SERVICE_LEAD");
  const { choices } = caseload;

  return (
    <DashboardSection id="monitoring" title={everyOfficer ? "Caseloads" : "Your caseload"}>
      <CaseloadFilterForm
        state={state}
        choices={{
          providerId: choices.providers,
          schoolId: choices.schools,
          ...(everyOfficer ? { officerId: choices.officers } : {}),
        }}
      />
      <p className="govuk-body govuk-!-font-weight-bold">{caseloadTotals(caseload)}</p>
      <CaseloadTrend caseload={caseload} title="Caseload attendance by week" />
      <DashboardPart title="Reviews due">
        <ReviewsDue reviews={caseload.reviewsDue} />
      </DashboardPart>
      <DashboardPart title="Targets due this week">
        <TargetsDue targets={caseload.targetsDue} />
      </DashboardPart>
      <DashboardPart title="Students by provider">
        <CaseloadTables
          caseload={caseload}
          show={{ school: true, officer: everyOfficer }}
          empty={
            everyOfficer
              ? "No placement allocated to a monitoring officer matches."
              : "No placement in your caseload matches."
          }
        />
      </DashboardPart>
    </DashboardSection>
  );
}
