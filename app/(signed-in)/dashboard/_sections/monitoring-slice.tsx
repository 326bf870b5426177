import {
  CaseloadFilterForm,
  type CaseloadFilterField,
  type CaseloadFilterState,
} from "./caseload-filter";
import {
  caseloadTotals,
  CaseloadTables,
  CaseloadTrend,
  ReviewsDue,
  TargetsDue,
  type Caseload,
} from "./caseload-parts";
import { DashboardPart } from "./dashboard-section";

interface SliceProps {
  caseload: Caseload;
  state: CaseloadFilterState;
  filters: Partial<Record<CaseloadFilterField, readonly { id: string; name: string }[]>>;
  show: { school: boolean; officer: boolean };
  title: string;
}

/**
 * A school's or provider's slice of the monitoring data, inside its own section: its
 * placements only (the server scopes them), the same parts as a monitoring officer's.
 */
export function MonitoringSlice({ caseload, state, filters, show, title }: SliceProps) {
  return (
    <>
      <h3 className="govuk-heading-m">{title}</h3>
      <CaseloadFilterForm state={state} choices={filters} />
      {caseload.total === 0 ? (
        <p className="govuk-body">
          {Object.values(state.applied).some(Boolean)
            ? "No placement matches the filter."
            : "No students are on placement."}
        </p>
      ) : (
        <>
          <p className="govuk-body">{caseloadTotals(caseload)}</p>
          <CaseloadTrend caseload={caseload} title="Attendance by week" level={4} />
          <DashboardPart title="Reviews due" level={4}>
            <ReviewsDue reviews={caseload.reviewsDue} />
          </DashboardPart>
          <DashboardPart title="Targets due this week" level={4}>
            <TargetsDue targets={caseload.targetsDue} />
          </DashboardPart>
          <DashboardPart title="Students on placement" level={4}>
            <CaseloadTables caseload={caseload} show={show} empty="No students are on placement." />
          </DashboardPart>
        </>
      )}
    </>
  );
}
