import { TRPCError, type inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NotificationBanner } from "@/components/notification-banner";
import type { SearchParams } from "@/components/page-params";
import { Table, type Column } from "@/components/table";
import { Tag } from "@/components/tag";
import { formatDate, formatDateTime } from "@/lib/dates";
import type { Actor } from "@/server/auth/roles";
import { can } from "@/server/auth/permissions";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../../_lib/require-session";
import { AdoptionTag } from "../adoption-tag";
import { AdoptForm, DecideForm } from "../answer-forms";
import { PublishVersionForm, RetirePolicy } from "../publish-forms";

export const metadata: Metadata = { title: "Policy" };

type PolicyRecord = inferRouterOutputs<AppRouter>["policy"]["get"];
type Version = PolicyRecord["versions"][number];
type Answer = Version["adoptions"][number];

const NOT_FOUND_CODES = new Set(["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN"]);

function DocumentLink({ document, text }: { document: { id: string }; text: string }) {
  return (
    <a className="govuk-link" href={`/api/documents/${document.id}`} download>
      {text}
    </a>
  );
}

const VERSION_COLUMNS: Column<Version>[] = [
  { header: "Version", cell: (v) => `Version ${v.version}` },
  { header: "Published", cell: (v) => `${formatDate(v.publishedAt)} by ${v.publishedBy.name}` },
  { header: "What changed", cell: (v) => v.changeNote ?? "First version" },
  {
    header: "Document",
    cell: (v) => <DocumentLink document={v.document} text={`Download version ${v.version}`} />,
  },
];

/** What the provider answered to each version, with the officer's comment on a return. */
function ProviderAnswers({ policy }: { policy: PolicyRecord }) {
  const current = policy.current!;
  const answer: Answer | undefined = current.adoptions[0];
  const canAnswer = !answer || answer.status === "RETURNED";
  return (
    <>
      <h2 className="govuk-heading-m">Your answer to version {current.version}</h2>
      <p className="govuk-body">
        <AdoptionTag state={policy.ownState ?? "NOT_ADOPTED"} />
      </p>
      {answer?.status === "RETURNED" && (
        <div className="govuk-inset-text">
          Returned by the service on {formatDateTime(answer.decidedAt!)}: {answer.decisionComment}
        </div>
      )}
      {answer?.document && <DocumentLink document={answer.document} text="Your policy" />}
      {canAnswer && <AdoptForm policyVersionId={current.id} version={current.version} />}
    </>
  );
}

const ANSWER_COLUMNS: Column<Answer>[] = [
  { header: "Provider", cell: (a) => a.provider.name },
  { header: "Answer", cell: (a) => <AdoptionTag state={a.status} /> },
  {
    header: "Their policy",
    cell: (a) => (a.document ? <DocumentLink document={a.document} text="Download" /> : "None"),
  },
  {
    header: "Decision",
    cell: (a) =>
      a.status === "AWAITING_ACCEPTANCE" ? (
        <DecideForm adoptionId={a.id} providerName={a.provider.name} />
      ) : (
        (a.decisionComment ?? "")
      ),
  },
];

/** The service's view: every provider's answer to the current version, then publishing. */
function ServiceSteps({ policy, actor }: { policy: PolicyRecord; actor: Actor }) {
  const current = policy.current;
  const publish = can(actor.roles, "policy.publish") && !policy.retiredAt && current;
  return (
    <>
      {current && (
        <Table
          caption={`Answers to version ${current.version}`}
          captionSize="m"
          rows={current.adoptions}
          rowKey={(a) => a.id}
          columns={ANSWER_COLUMNS}
          empty="No provider has answered this version yet."
        />
      )}
      {publish && (
        <PublishVersionForm key={current.version} policyId={policy.id} current={current.version} />
      )}
      {publish && <RetirePolicy policyId={policy.id} />}
    </>
  );
}

export default async function PolicyPage(props: {
  params: Promise<{ policyId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { policyId } = await props.params;
  const published = Boolean((await props.searchParams).published);
  const { actor } = await requireSession();
  const caller = await serverCaller();
  const policy = await caller.policy.get({ policyId }).catch((error: unknown) => {
    if (error instanceof TRPCError && NOT_FOUND_CODES.has(error.code)) {
      notFound();
    }
    throw error;
  });
  const provider = actor.organisationKind === "PROVIDER";

  return (
    <>
      {published && <NotificationBanner type="success" heading="Policy published" focus />}
      <Link className="govuk-back-link" href="/quality/policies">
        Policies
      </Link>
      <span className="govuk-caption-l">Policy</span>
      <h1 className="govuk-heading-l">{policy.title}</h1>
      {policy.retiredAt && (
        <p className="govuk-body">
          <Tag colour="grey">Retired</Tag> on {formatDate(policy.retiredAt)}
        </p>
      )}
      {policy.summary && <p className="govuk-body">{policy.summary}</p>}
      <Table
        caption="Versions"
        captionSize="m"
        rows={policy.versions}
        rowKey={(v) => v.id}
        columns={VERSION_COLUMNS}
      />
      {provider && policy.current ? (
        <ProviderAnswers policy={policy} />
      ) : (
        <ServiceSteps policy={policy} actor={actor} />
      )}
    </>
  );
}
