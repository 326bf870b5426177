import type { Metadata } from "next";
import { NotificationBanner } from "@/components/notification-banner";
import { StaffCheckWarnings } from "@/components/staff-check-warning";
import { StatusTag } from "@/components/tag";
import type { SearchParams } from "@/components/page-params";
import { REFERRAL_STATUS_LABEL } from "@/lib/schemas/referral";
import { can } from "@/server/auth/permissions";
import { requireSession } from "../../../_lib/require-session";
import { staffCheckStatuses } from "../../../_lib/staff-check-status";
import { AdminProcess } from "./admin-process";
import { loadReferral, type ReferralRecord } from "./load-referral";
import { ProviderSteps } from "./provider-steps";
import {
  OutcomeSection,
  PaperworkSection,
  ReferralDetails,
  StudentSection,
} from "./referral-sections";

type Params = Promise<{ referralId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const referral = await loadReferral((await params).referralId);
  return { title: `${referral.reference} – Referral` };
}

/**
 * What the person just did, named in the address by the form that sent them here, so the
 * confirmation survives the page being drawn again on the server.
 */
function bannerText(params: SearchParams, referral: ReferralRecord): string | null {
  const { reference, provider, status } = referral;
  if (params.sent) {
    return `Referral ${reference} sent to ${provider.name}`;
  }
  if (params.responded) {
    return `Application response sent for ${reference}`;
  }
  if (params.processed && status === "PLACED") {
    return `Placement created from referral ${reference}`;
  }
  if (params.processed && status === "CLOSED") {
    return `Referral ${reference} closed`;
  }
  return null;
}

export default async function ReferralPage(props: {
  params: Params;
  searchParams: Promise<SearchParams>;
}) {
  const { referralId } = await props.params;
  const { actor } = await requireSession();
  const referral = await loadReferral(referralId);
  const banner = bannerText(await props.searchParams, referral);
  // KCSIE: the placing school needs written confirmation of the provider's staff checks.
  const checks = await staffCheckStatuses([referral.provider.id]);
  const awaitingProvider = referral.status === "SUBMITTED";
  const toProcess = referral.status === "ACCEPTED" || referral.status === "DECLINED";

  return (
    <>
      {banner && <NotificationBanner type="success" heading={banner} focus />}
      <span className="govuk-caption-l">Referral {referral.reference}</span>
      <h1 className="govuk-heading-l">
        {referral.course.title} at {referral.provider.name}
      </h1>
      <p className="govuk-body">
        <StatusTag status={referral.status} label={REFERRAL_STATUS_LABEL[referral.status]} />
      </p>
      <StaffCheckWarnings statuses={checks} showComplete />
      <OutcomeSection referral={referral} />
      {toProcess && can(actor.roles, "referral.process") && <AdminProcess referral={referral} />}
      <StudentSection referral={referral} />
      <ReferralDetails referral={referral} />
      <PaperworkSection
        referral={referral}
        canMark={awaitingProvider && can(actor.roles, "referral.markPaperwork")}
      />
      {awaitingProvider && can(actor.roles, "referral.respond") && (
        <ProviderSteps referral={referral} />
      )}
    </>
  );
}
