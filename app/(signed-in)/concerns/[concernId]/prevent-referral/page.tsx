import type { Metadata } from "next";
import { ButtonLink } from "@/components/button";
import { SummaryList } from "@/components/summary-list";
import { formatDate, formatDateTime } from "@/lib/dates";
import { PREVENT_OUTCOME_LABEL } from "@/lib/schemas/prevent";
import { concernPath, readOrNotFound } from "../_onward/load";
import "../_onward/onward.css";
import { ToolHeading } from "../_onward/tool-heading";
import type { PreventRecord } from "./prevent-record";
import { OutcomeForm, PreventForm, SentForm, StartButton } from "./prevent-steps";

export const metadata: Metadata = { title: "Prevent referral" };

function Progress({ referral }: { referral: PreventRecord }) {
  const { sentOn, sentRecordedBy, outcome, outcomeNotes, outcomeRecordedBy } = referral;
  return (
    <SummaryList
      rows={[
        { key: "Last changed", value: formatDateTime(referral.updatedAt) },
        {
          key: "Sent to Prevent",
          value: sentOn ? `${formatDate(sentOn)}, recorded by ${sentRecordedBy}` : "Not sent yet",
        },
        {
          key: "Outcome",
          value: outcome
            ? `${PREVENT_OUTCOME_LABEL[outcome]}, recorded by ${outcomeRecordedBy}`
            : "Not known yet",
        },
        ...(outcomeNotes ? [{ key: "Notes on the outcome", value: outcomeNotes }] : []),
      ]}
    />
  );
}

export default async function PreventReferralPage(props: {
  params: Promise<{ concernId: string }>;
}) {
  const { concernId } = await props.params;
  const { concern, referral } = await readOrNotFound((caller) => caller.prevent.get({ concernId }));
  const open = concern.status !== "CLOSED";

  return (
    <>
      <ToolHeading
        concernReference={concern.reference}
        back={{ href: concernPath(concernId), text: "Back to the concern" }}
      >
        Prevent referral
      </ToolHeading>
      {!referral ? (
        <>
          <p className="govuk-body">
            The national Prevent referral form, filled in from the student&apos;s record and this
            concern. You can change every answer before you send it.
          </p>
          {open ? (
            <StartButton concernId={concernId} />
          ) : (
            <p className="govuk-body">This concern is closed.</p>
          )}
        </>
      ) : (
        <>
          <Progress referral={referral} />
          <ButtonLink href={concernPath(concernId, "/prevent-referral/export")} variant="secondary">
            Open the referral to print or send
          </ButtonLink>
          {!referral.sentOn && open && <PreventForm referral={referral} />}
          {!referral.sentOn && <SentForm concernId={concernId} />}
          {referral.sentOn && !referral.outcome && <OutcomeForm concernId={concernId} />}
        </>
      )}
    </>
  );
}
