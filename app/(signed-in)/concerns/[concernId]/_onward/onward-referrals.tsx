import Link from "next/link";
import { Tag, StatusTag } from "@/components/tag";
import { formatDate } from "@/lib/dates";
import { PREVENT_OUTCOME_LABEL } from "@/lib/schemas/prevent";
import { can } from "@/server/auth/permissions";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../../_lib/require-session";
import { concernPath, isMissing } from "./load";

type Summary = Awaited<ReturnType<Awaited<ReturnType<typeof serverCaller>>["onward"]["summary"]>>;

const RISK_TEXT = { LOW: "Low risk", MEDIUM: "Medium risk", HIGH: "High risk" } as const;

function ExploitationStatus({ exploitation }: { exploitation: Summary["exploitation"] }) {
  const { eligible, assessments, latest } = exploitation;
  if (!latest) {
    return <>{eligible ? "Not assessed" : "Only for concerns about exploitation"}</>;
  }
  const count = assessments === 1 ? "1 assessment" : `${assessments} assessments`;
  return (
    <>
      <StatusTag status={latest.riskLevel} label={RISK_TEXT[latest.riskLevel]} /> {count}
    </>
  );
}

function policeStatus({ reports, unsent }: Summary["policeIntelligence"]): string {
  if (reports === 0) {
    return "No reports";
  }
  const written = reports === 1 ? "1 report" : `${reports} reports`;
  return unsent === 0 ? `${written}, all sent` : `${written}, ${unsent} not sent yet`;
}

function PreventStatus({ prevent }: { prevent: Summary["prevent"] }) {
  switch (prevent.status) {
    case "NONE":
      return <>Not started</>;
    case "DRAFT":
      return <Tag colour="blue">Draft, not sent</Tag>;
    case "SENT":
      return <>Sent on {formatDate(prevent.sentOn!)}</>;
    case "OUTCOME":
      return <>{PREVENT_OUTCOME_LABEL[prevent.outcome!]}</>;
  }
}

/**
 * The concern page's list of onward referral tools, with where each stands. Shown only to
 * those who may use them (the raising organisation's DSLs, the service DSLs and the lead);
 * for everyone else it renders nothing, and the procedures refuse them anyway.
 */
export async function OnwardReferrals({ concernId }: { concernId: string }) {
  const { actor } = await requireSession();
  if (!can(actor.roles, "onward.summary")) {
    return null;
  }
  let summary: Summary;
  try {
    summary = await (await serverCaller()).onward.summary({ concernId });
  } catch (error) {
    if (isMissing(error)) {
      return null;
    }
    throw error;
  }

  const tools = [
    {
      name: "Child Exploitation Indicator Tool",
      href: concernPath(concernId, "/exploitation-tool"),
      status: <ExploitationStatus exploitation={summary.exploitation} />,
    },
    {
      name: "Police intelligence (Force Intelligence Bureau)",
      href: concernPath(concernId, "/police-intelligence"),
      status: policeStatus(summary.policeIntelligence),
    },
    {
      name: "Prevent referral",
      href: concernPath(concernId, "/prevent-referral"),
      status: <PreventStatus prevent={summary.prevent} />,
    },
  ];
  return (
    <section aria-labelledby="onward-referrals-heading">
      <h2 className="govuk-heading-m" id="onward-referrals-heading">
        Onward referrals
      </h2>
      <dl className="govuk-summary-list">
        {tools.map((tool) => (
          <div key={tool.href} className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{tool.name}</dt>
            <dd className="govuk-summary-list__value">{tool.status}</dd>
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" href={tool.href}>
                Open<span className="govuk-visually-hidden"> {tool.name}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
