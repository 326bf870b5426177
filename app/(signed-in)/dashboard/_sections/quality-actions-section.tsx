import Link from "next/link";
import { SummaryList } from "@/components/summary-list";
import { Tag } from "@/components/tag";
import { DUE_SOON_DAYS } from "@/lib/quality-action-due";
import { serverCaller } from "@/server/trpc/server-caller";
import { DashboardSection } from "./dashboard-section";

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Providers and the quality officer: how the actions set in review feedback stand. Overdue
 * ones stand out to both sides (ADR 0015); each count links to the list it counts.
 */
export async function QualityActionsSection() {
  const caller = await serverCaller();
  const { overdue, dueSoon, awaitingDecision, open } = await caller.qualityAction.summary();

  return (
    <DashboardSection id="quality-actions" title="Quality actions">
      <SummaryList
        rows={[
          {
            key: "Overdue",
            value: (
              <>
                <Link className="govuk-link" href="/quality/actions?overdue=1">
                  {count(overdue, "action overdue", "actions overdue")}
                </Link>
                {overdue > 0 && (
                  <>
                    {" "}
                    <Tag colour="red">Overdue</Tag>
                  </>
                )}
              </>
            ),
          },
          { key: `Due within ${DUE_SOON_DAYS} days`, value: count(dueSoon, "action", "actions") },
          {
            key: "Evidence waiting for a decision",
            value: (
              <Link className="govuk-link" href="/quality/actions?status=EVIDENCE_SUBMITTED">
                {count(awaitingDecision, "action", "actions")}
              </Link>
            ),
          },
          {
            key: "Not yet closed",
            value: (
              <Link className="govuk-link" href="/quality/actions">
                {count(open, "action", "actions")}
              </Link>
            ),
          },
        ]}
      />
    </DashboardSection>
  );
}
