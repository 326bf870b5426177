import type { Metadata } from "next";
import { NotificationBanner } from "@/components/notification-banner";
import { queryText, type SearchParams } from "@/components/page-params";
import { can } from "@/server/auth/permissions";
import type { Actor } from "@/server/auth/roles";
import { requireSession } from "../../../../_lib/require-session";
import { ActionDueDate, ActionStatusTag } from "../action-tags";
import { ActionDetails, Revisits, SubmissionHistory } from "./action-sections";
import { DecisionForm, EvidenceForm, RevisitForm } from "./action-steps";
import { loadAction, type ActionRecord } from "./load-action";

type Params = Promise<{ actionId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const action = await loadAction((await params).actionId);
  return { title: `${action.reference} – Quality action` };
}

const BANNERS: Record<string, string> = {
  submitted: "Evidence submitted: the quality officer has been told",
  closed: "Action closed: the provider has been told",
  returned: "Evidence returned to the provider with your comment",
  revisited: "Note saved",
};

/** The step open to this person now: evidence (provider), decision or revisit (officer). */
function NextSteps({ action, actor }: { action: ActionRecord; actor: Actor }) {
  const { roles } = actor;
  return (
    <>
      {action.status === "OPEN" && can(roles, "qualityAction.submitEvidence") && (
        <EvidenceForm actionId={action.id} again={action.submissions.length > 0} />
      )}
      {action.awaitingDecision && can(roles, "qualityAction.decide") && (
        <DecisionForm actionId={action.id} />
      )}
      {action.revisitReviews.length > 0 && can(roles, "qualityAction.revisit") && (
        <RevisitForm actionId={action.id} reviews={action.revisitReviews} />
      )}
    </>
  );
}

export default async function QualityActionPage(props: {
  params: Params;
  searchParams: Promise<SearchParams>;
}) {
  const { actionId } = await props.params;
  const { actor } = await requireSession();
  const action = await loadAction(actionId);
  const done = queryText((await props.searchParams).done, 20);
  const banner = done ? BANNERS[done] : undefined;

  return (
    <>
      {banner && <NotificationBanner type="success" heading={banner} focus />}
      <span className="govuk-caption-l">{action.provider.name}</span>
      <h1 className="govuk-heading-l">Quality action {action.reference}</h1>
      <p className="govuk-body">
        <ActionStatusTag status={action.status} />
        {action.dueState && (
          <>
            {" "}
            <span className="govuk-visually-hidden">Due </span>
            <ActionDueDate dueOn={action.dueOn} state={action.dueState} />
          </>
        )}
      </p>
      <ActionDetails action={action} />
      <SubmissionHistory action={action} />
      <Revisits action={action} />
      <NextSteps action={action} actor={actor} />
    </>
  );
}
