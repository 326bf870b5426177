import type { Metadata } from "next";
import { NotificationBanner } from "@/components/notification-banner";
import type { SearchParams } from "@/components/page-params";
import { StatusTag } from "@/components/tag";
import { ALLEGATION_STATUS_LABEL } from "@/lib/schemas/allegation";
import { can } from "@/server/auth/permissions";
import { requireSession } from "../../../_lib/require-session";
import {
  ConsultationsSection,
  OutcomeSection,
  ReportSection,
  ThresholdsSection,
  TimelineSection,
} from "./allegation-sections";
import { EntryForm } from "./entry-form";
import { LadoContactForm, OutcomeForm, ThresholdsForm } from "./lead-forms";
import { loadAllegation } from "./load-allegation";

type Params = Promise<{ allegationId: string }>;

// The title carries the reference only: never the adult's or a child's name.
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const allegation = await loadAllegation((await params).allegationId);
  return { title: `${allegation.reference} – Allegation` };
}

function bannerText(params: SearchParams, reference: string): string | null {
  if (params.reported) {
    return `Allegation ${reference} sent to the service lead`;
  }
  if (params.closed) {
    return `Outcome recorded and allegation ${reference} closed`;
  }
  return null;
}

export default async function AllegationPage(props: {
  params: Params;
  searchParams: Promise<SearchParams>;
}) {
  const { allegationId } = await props.params;
  const { actor } = await requireSession();
  const allegation = await loadAllegation(allegationId);
  const banner = bannerText(await props.searchParams, allegation.reference);
  const lead = allegation.access === "LEAD";
  const open = allegation.status === "OPEN";

  return (
    <>
      {banner && <NotificationBanner type="success" heading={banner} focus />}
      <span className="govuk-caption-l">Allegation {allegation.reference}</span>
      <h1 className="govuk-heading-l">Allegation about an adult</h1>
      <p className="govuk-body">
        <StatusTag status={allegation.status} label={ALLEGATION_STATUS_LABEL[allegation.status]} />
      </p>
      {!lead && (
        <div className="govuk-inset-text">
          Only you and the service lead can see this allegation.{" "}
          {open
            ? "The service lead records the next steps with the LADO; " +
              "you will see here when it is closed."
            : "The service lead has closed it."}
        </div>
      )}
      {lead && <OutcomeSection allegation={allegation} />}
      <ReportSection allegation={allegation} />
      {lead && <ThresholdsSection allegation={allegation} />}
      {lead && <ConsultationsSection allegation={allegation} />}
      <TimelineSection allegation={allegation} />
      {open && can(actor.roles, "allegation.addEntry") && (
        <EntryForm allegationId={allegation.id} />
      )}
      {open && lead && can(actor.roles, "allegation.recordThresholds") && (
        <>
          <ThresholdsForm allegationId={allegation.id} />
          <LadoContactForm allegationId={allegation.id} />
          <OutcomeForm allegationId={allegation.id} />
        </>
      )}
    </>
  );
}
