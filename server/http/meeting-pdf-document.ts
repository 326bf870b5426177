import PDFDocument from "pdfkit";
import { formatDate, formatDateTime } from "@/lib/dates";
import {
  MEETING_OUTCOME_LABEL,
  MEETING_PARTY_LABEL,
  MEETING_TYPE_LABEL,
  TARGET_STATUS_LABEL,
} from "@/lib/schemas/meeting";
import type { MeetingRecordView } from "@/server/services/meetings/read-meetings";
import { pdfSafeText } from "./pdf-text";

type Doc = PDFKit.PDFDocument;

const FONT = "Helvetica";
const BOLD = "Helvetica-Bold";
const TEXT_COLOUR = "#0b0c0c";
const RULE_COLOUR = "#b1b4b6";

function studentNameOf(student: MeetingRecordView["student"]): string {
  const legal = `${student.legalFirstName} ${student.legalLastName}`;
  const known = student.preferredName?.trim();
  return known && known !== student.legalFirstName ? `${legal} (known as ${known})` : legal;
}

function heading(doc: Doc, text: string) {
  doc.moveDown(0.8).font(BOLD).fontSize(14).text(pdfSafeText(text));
  const y = doc.y + 2;
  doc.moveTo(doc.page.margins.left, y).lineTo(doc.page.width - doc.page.margins.right, y);
  doc.strokeColor(TEXT_COLOUR).lineWidth(1).stroke();
  doc.moveDown(0.4).font(FONT).fontSize(11);
}

function row(doc: Doc, label: string, value: string) {
  doc
    .font(BOLD)
    .fontSize(11)
    .text(`${pdfSafeText(label)}: `, { continued: true });
  doc.font(FONT).text(pdfSafeText(value));
}

function paragraph(doc: Doc, text: string) {
  doc.font(FONT).fontSize(11).text(pdfSafeText(text), { paragraphGap: 4 });
}

function summary(doc: Doc, meeting: MeetingRecordView) {
  row(doc, "Student", studentNameOf(meeting.student));
  row(doc, "Course", `${meeting.placement.course.title} at ${meeting.provider.name}`);
  row(doc, "School", meeting.school.name);
  row(doc, "Held", formatDateTime(meeting.heldAt));
  row(doc, "About", MEETING_TYPE_LABEL[meeting.type]);
  row(doc, "Outcome", MEETING_OUTCOME_LABEL[meeting.outcome]);
  row(doc, "Review date", meeting.reviewOn ? formatDate(meeting.reviewOn) : "None set");
  if (meeting.reviewOf) {
    row(doc, "Reviews meeting", meeting.reviewOf.reference);
  }
  if (meeting.reviewedBy) {
    row(doc, "Reviewed at meeting", meeting.reviewedBy.reference);
  }
  const { recordedBy } = meeting;
  row(doc, "Recorded by", `${recordedBy.name}, ${recordedBy.organisation.name}`);
}

function attendees(doc: Doc, meeting: MeetingRecordView) {
  heading(doc, "Who was invited");
  for (const person of meeting.attendees) {
    const who = [person.name, person.role].filter(Boolean).join(", ");
    const from = person.organisation?.name ?? MEETING_PARTY_LABEL[person.party];
    const came = person.attended ? "attended" : "invited, did not attend";
    paragraph(doc, `${who} (${from}): ${came}`);
  }
}

type Target = MeetingRecordView["targets"][number];

function target(doc: Doc, item: Target, index: number) {
  doc
    .font(BOLD)
    .fontSize(11)
    .text(pdfSafeText(`${index + 1}. ${item.description}`));
  const owner = `${item.ownerName} (${MEETING_PARTY_LABEL[item.ownerParty]})`;
  row(doc, "Owner", owner);
  row(doc, "Due", formatDate(item.dueOn));
  row(doc, "Status", TARGET_STATUS_LABEL[item.status]);
  if (item.reviewNote) {
    row(doc, "Review note", item.reviewNote);
  }
  doc.moveDown(0.4);
}

function targets(doc: Doc, title: string, list: Target[], empty: string) {
  heading(doc, title);
  if (list.length === 0) {
    paragraph(doc, empty);
  }
  list.forEach((item, index) => target(doc, item, index));
}

function footer(doc: Doc, meeting: MeetingRecordView) {
  doc.moveDown(1).strokeColor(RULE_COLOUR);
  const copies = meeting.copies.map((copy) => copy.organisationName).join(", ");
  doc.font(FONT).fontSize(9).fillColor(TEXT_COLOUR);
  doc.text(pdfSafeText(`Copies sent to: ${copies}.`));
  doc.text(
    "Official - sensitive: this record holds personal information about a child. Keep it " +
      "securely and share it only with those who need it.",
  );
}

/**
 * The printable record of a student meeting (the copy each attendee organisation gets), as
 * an A4 PDF. Drawn with the standard Helvetica font that pdfkit carries, so nothing is
 * fetched or embedded; every piece of typed text passes through pdfSafeText first.
 */
export function renderMeetingPdf(meeting: MeetingRecordView): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    // Metadata carries the reference only: PDF readers show it in lists and recent files.
    info: { Title: `Student meeting ${meeting.reference}`, Author: "CAP Portal" },
    lang: "en-GB",
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  doc.fillColor(TEXT_COLOUR).font(BOLD).fontSize(20);
  doc.text(`Student meeting record ${meeting.reference}`);
  doc.moveDown(0.5);
  summary(doc, meeting);
  attendees(doc, meeting);
  heading(doc, "What was discussed");
  paragraph(doc, meeting.discussion);
  heading(doc, "The student's view");
  paragraph(doc, meeting.studentView);
  targets(doc, "Agreed targets", meeting.targets, "No targets were agreed.");
  if (meeting.reviewOf) {
    const title = `Targets from meeting ${meeting.reviewOf.reference}, as reviewed`;
    targets(doc, title, meeting.reviewedTargets, "That meeting set no targets.");
  }
  footer(doc, meeting);
  doc.end();
  return done;
}
