import Link from "next/link";

/**
 * SLOT FOR ONWARD REFERRAL TOOLS. The Child Exploitation Indicator Tool, the police
 * intelligence (FIB) report and the Prevent referral are pages of their own, built
 * separately at /concerns/[concernId]/exploitation-tool, /police-intelligence and /prevent.
 * Each adds its entry to ONWARD_REFERRALS when its page exists; until then this section
 * shows nothing. The concern page renders it for those who see the concern in full only.
 */
export interface OnwardReferral {
  /** The path below /concerns/[concernId]/, e.g. "exploitation-tool". */
  path: string;
  text: string;
  description: string;
}

export const ONWARD_REFERRALS: readonly OnwardReferral[] = [];

export function OnwardReferrals({ concernId }: { concernId: string }) {
  if (ONWARD_REFERRALS.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="onward-referrals">
      <h2 className="govuk-heading-m" id="onward-referrals">
        Onward referrals and tools
      </h2>
      <ul className="govuk-list">
        {ONWARD_REFERRALS.map((item) => (
          <li key={item.path}>
            <Link className="govuk-link" href={`/concerns/${concernId}/${item.path}`}>
              {item.text}
            </Link>
            <br />
            <span className="govuk-hint">{item.description}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
