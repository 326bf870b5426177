import type { Metadata } from "next";
import { NotificationBanner } from "@/components/notification-banner";
import type { SearchParams } from "@/components/page-params";
import { SummaryList } from "@/components/summary-list";
import { formatDate, formatDateTime } from "@/lib/dates";
import { CONSENT_RELATIONSHIP_LABEL, type ConsentRelationshipValue } from "@/lib/schemas/consent";
import { can } from "@/server/auth/permissions";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../../_lib/require-session";
import { orNotFound } from "../../_records/or-not-found";
import { WithdrawConsentForm } from "./withdraw-consent-form";

export const metadata: Metadata = { title: "Consent" };

const yesNo = (value: boolean) => (value ? "Yes" : "No");

function relationshipText(value: string | null): string | null {
  return value ? (CONSENT_RELATIONSHIP_LABEL[value as ConsentRelationshipValue] ?? value) : null;
}

export default async function ConsentRecordPage(props: {
  params: Promise<{ consentId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { consentId } = await props.params;
  const params = await props.searchParams;
  const { actor } = await requireSession();
  const consent = await orNotFound((await serverCaller()).consent.get({ consentId }));
  const relationship = relationshipText(consent.relationship);
  const rows = [
    { key: "Provider", value: consent.provider.name },
    { key: "Who", value: consent.subject === "STUDENT" ? "Student" : "Member of staff" },
    { key: "Photographs", value: yesNo(consent.photo) },
    { key: "Video", value: yesNo(consent.video) },
    {
      key: "Given by",
      value: relationship ? `${consent.givenBy} (${relationship})` : consent.givenBy,
    },
    { key: "Given on", value: formatDate(consent.givenOn) },
    { key: "Recorded", value: `${formatDateTime(consent.recordedAt)} by ${consent.recordedBy}` },
  ];
  if (consent.withdrawnOn) {
    rows.push(
      { key: "Withdrawn on", value: formatDate(consent.withdrawnOn) },
      { key: "Why", value: consent.withdrawnReason ?? "" },
    );
  }

  return (
    <>
      {params.saved && <NotificationBanner type="success" heading="Consent saved" focus />}
      {params.withdrawn && <NotificationBanner type="success" heading="Consent withdrawn" focus />}
      <span className="govuk-caption-l">Photo and video consent</span>
      <h1 className="govuk-heading-l">{consent.person.name}</h1>
      <SummaryList rows={rows} />
      {!consent.withdrawnOn && can(actor.roles, "consent.withdraw") && (
        <WithdrawConsentForm consentId={consent.id} />
      )}
    </>
  );
}
