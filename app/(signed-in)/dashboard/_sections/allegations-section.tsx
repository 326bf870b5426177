import Link from "next/link";
import { serverCaller } from "@/server/trpc/server-caller";
import { DashboardSection } from "./dashboard-section";

/** The lead: how many allegations about adults are open. Names stay on the allegation pages. */
export async function AllegationsSection() {
  const caller = await serverCaller();
  const { open } = await caller.allegation.countOpen();

  return (
    <DashboardSection id="allegations" title="Allegations about adults">
      <p className="govuk-body govuk-!-font-weight-bold">
        {open === 0
          ? "No allegations are open."
          : open === 1
            ? "1 allegation is open."
            : `${open} allegations are open.`}
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" href="/allegations">
          See all allegations
        </Link>
      </p>
    </DashboardSection>
  );
}
