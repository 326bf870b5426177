/**
 * Whether a provider's single central record is complete, as schools, the service and the
 * provider see it on referral and placement screens: a state and a count, no staff details.
 * KCSIE expects the placing school to have written confirmation of the provider's checks.
 */
export type CheckStatus =
  | { providerName: string; state: "COMPLETE" }
  | { providerName: string; state: "GAPS"; staffWithGaps: number }
  | { providerName: string; state: "EXPIRING"; staffExpiring: number }
  | { providerName: string; state: "NOT_RECORDED" };

function records(count: number): string {
  return count === 1 ? "1 staff record" : `${count} staff records`;
}

export function checkStatusText(status: CheckStatus): string {
  switch (status.state) {
    case "COMPLETE":
      return `${status.providerName}: staff pre-employment checks complete`;
    case "GAPS":
      return (
        `${status.providerName}: gaps in ${records(status.staffWithGaps)} of its single ` +
        "central record. Ask the provider for written confirmation of its checks."
      );
    case "EXPIRING":
      return (
        `${status.providerName}: checks expiring in ${records(status.staffExpiring)} ` +
        "of its single central record"
      );
    case "NOT_RECORDED":
      return (
        `${status.providerName} has not recorded its staff checks ` + "in the single central record"
      );
  }
}

/** A warning for each provider whose checks are not complete; nothing when all are. */
export function StaffCheckWarnings({
  statuses,
  showComplete = false,
}: {
  statuses: readonly CheckStatus[];
  showComplete?: boolean;
}) {
  const shown = statuses.filter((status) => showComplete || status.state !== "COMPLETE");
  return (
    <>
      {shown.map((status) =>
        status.state === "COMPLETE" ? (
          <p key={status.providerName} className="govuk-inset-text">
            {checkStatusText(status)}
          </p>
        ) : (
          <div key={status.providerName} className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              {checkStatusText(status)}
            </strong>
          </div>
        ),
      )}
    </>
  );
}
