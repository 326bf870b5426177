import type { Metadata } from "next";
import { NotificationBanner } from "@/components/notification-banner";
import type { SearchParams } from "@/components/page-params";
import { SummaryList } from "@/components/summary-list";
import { formatDate, formatDateTime } from "@/lib/dates";
import { concernPath, readOrNotFound } from "../../_onward/load";
import "../../_onward/onward.css";
import { ToolHeading } from "../../_onward/tool-heading";
import { MarkSentForm } from "./mark-sent-form";

export const metadata: Metadata = { title: "Police intelligence report" };

const text = (value: string | null) =>
  value ? <span className="cap-pre-wrap">{value}</span> : "Not known";

export default async function PoliceIntelligenceReportPage(props: {
  params: Promise<{ concernId: string; reportId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { concernId, reportId } = await props.params;
  const { written } = await props.searchParams;
  const report = await readOrNotFound((caller) =>
    caller.policeIntelligence.get({ concernId, reportId }),
  );
  const exportHref = concernPath(concernId, `/police-intelligence/${reportId}/export`);

  return (
    <>
      {written && (
        <NotificationBanner type="success" heading={`Report ${report.reference} saved`} focus />
      )}
      <ToolHeading
        concernReference={report.concernReference}
        back={{ href: concernPath(concernId, "/police-intelligence"), text: "All reports" }}
      >
        Intelligence report {report.reference}
      </ToolHeading>
      <h2 className="govuk-heading-m">Subject</h2>
      <SummaryList
        rows={[
          { key: "Name", value: report.subjectName },
          { key: "Description", value: text(report.subjectDescription) },
          {
            key: "Date of birth",
            value: report.subjectDateOfBirth ? formatDate(report.subjectDateOfBirth) : "Not known",
          },
          { key: "Associates", value: text(report.subjectAssociates) },
          { key: "Vehicles", value: text(report.subjectVehicles) },
          { key: "Locations", value: text(report.subjectLocations) },
          { key: "Phone numbers and social media", value: text(report.subjectHandles) },
        ]}
      />
      <h2 className="govuk-heading-m">Information</h2>
      <SummaryList
        rows={[
          { key: "What was seen or heard", value: text(report.whatWasSeenOrHeard) },
          { key: "When", value: formatDateTime(report.observedAt) },
          { key: "Where", value: report.observedWhere },
        ]}
      />
      <h2 className="govuk-heading-m">In the portal only</h2>
      <p className="govuk-body">None of this goes to the police.</p>
      <SummaryList
        rows={[
          { key: "Written by", value: `${report.createdBy}, ${formatDateTime(report.createdAt)}` },
          {
            key: "Sent to the police",
            value: report.sentAt
              ? `${formatDateTime(report.sentAt)}, recorded by ${report.sentBy}`
              : "Not sent yet",
          },
        ]}
      />
      {/* A plain link: the export is a document of its own, not a page of the portal. */}
      <p className="govuk-body">
        <a className="govuk-button govuk-button--secondary" href={exportHref}>
          Open the export for the police
        </a>
      </p>
      {!report.sentAt && <MarkSentForm concernId={concernId} reportId={reportId} />}
    </>
  );
}
