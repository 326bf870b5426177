import type { Metadata } from "next";
import Link from "next/link";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { formatDateTime } from "@/lib/dates";
import { concernPath, readOrNotFound } from "../_onward/load";
import "../_onward/onward.css";
import { ToolHeading } from "../_onward/tool-heading";
import { IntelligenceForm } from "./intelligence-form";

export const metadata: Metadata = { title: "Police intelligence" };

export default async function PoliceIntelligencePage(props: {
  params: Promise<{ concernId: string }>;
}) {
  const { concernId } = await props.params;
  const { concern, reports } = await readOrNotFound((caller) =>
    caller.policeIntelligence.list({ concernId }),
  );

  return (
    <>
      <ToolHeading
        concernReference={concern.reference}
        back={{ href: concernPath(concernId), text: "Back to the concern" }}
      >
        Police intelligence
      </ToolHeading>
      <p className="govuk-body">
        Intelligence for the police&apos;s Force Intelligence Bureau (FIB), one report for each
        person. What is sent names the service as the submitting agency, never you, the person who
        raised the concern, or your organisation.
      </p>
      <Table
        caption="Reports"
        captionSize="m"
        rows={reports}
        rowKey={(report) => report.id}
        empty="No intelligence has been written from this concern."
        columns={[
          {
            header: "Reference",
            cell: (report) => (
              <Link
                className="govuk-link"
                href={concernPath(concernId, `/police-intelligence/${report.id}`)}
              >
                {report.reference}
              </Link>
            ),
          },
          { header: "Subject", cell: (report) => report.subjectName },
          { header: "Written", cell: (report) => formatDateTime(report.createdAt) },
          {
            header: "Sent to the police",
            cell: (report) =>
              report.sentAt ? formatDateTime(report.sentAt) : <Tag colour="blue">Not sent</Tag>,
          },
        ]}
      />
      {concern.status !== "CLOSED" && <IntelligenceForm concernId={concernId} />}
    </>
  );
}
