import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/button";
import { withQuery } from "@/components/page-params";
import { studentName } from "@/components/student-name";
import { SummaryList } from "@/components/summary-list";
import { WelfareTags } from "@/components/welfare-tags";
import { ageOn, formatDate, ukToday } from "@/lib/dates";
import { fromDateOnly } from "@/lib/schemas/common";
import { SEN_LABEL } from "@/lib/schemas/student";
import { can } from "@/server/auth/permissions";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../_lib/require-session";
import { ContactsTable } from "./contacts-table";
import { PlacementsTable, ReferralsTable } from "./history-tables";
import { MeetingLinks } from "./meeting-links";
import { RecordLinks } from "./record-links";
import type { StudentRecord } from "./student-record";

// The title leaves out the student's name: titles are kept in browser history and tab
// lists, and a child's name has no place there.
export const metadata: Metadata = { title: "Student details" };

/**
 * "Not yours", "not there", a malformed id and a role that may not read student records
 * (a quality officer) all answer "Page not found", so the page says nothing about which.
 */
function isMissing(error: unknown): boolean {
  const missing = ["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN"];
  return error instanceof TRPCError && missing.includes(error.code);
}

async function loadStudent(studentId: string): Promise<StudentRecord> {
  const caller = await serverCaller();
  try {
    return await caller.student.get({ studentId });
  } catch (error) {
    if (isMissing(error)) {
      notFound();
    }
    throw error;
  }
}

function isUnderWay(placement: StudentRecord["placements"][number]): boolean {
  return placement.status === "ACTIVE" && fromDateOnly(placement.startDate) <= ukToday();
}

function dateOfBirthText(dateOfBirth: Date): string {
  const born = fromDateOnly(dateOfBirth);
  return `${formatDate(born)} (age ${ageOn(born, ukToday())})`;
}

function Details({ student }: { student: StudentRecord }) {
  const school = student.homeSchool;
  return (
    <SummaryList
      rows={[
        { key: "UPN", value: student.upn },
        { key: "Legal name", value: `${student.legalFirstName} ${student.legalLastName}` },
        { key: "Preferred name", value: student.preferredName || "None recorded" },
        { key: "Date of birth", value: dateOfBirthText(student.dateOfBirth) },
        { key: "Year group", value: `Year ${student.yearGroup}` },
        { key: "Special educational needs", value: SEN_LABEL[student.senStatus] },
        { key: "Looked after and plans", value: <WelfareTags flags={student} none="None" /> },
        {
          key: "Home school",
          value: school.urn ? `${school.name} (URN ${school.urn})` : school.name,
        },
      ]}
    />
  );
}

export default async function StudentPage(props: { params: Promise<{ studentId: string }> }) {
  const { studentId } = await props.params;
  const { actor } = await requireSession();
  const student = await loadStudent(studentId);

  return (
    <>
      <span className="govuk-caption-l">Student</span>
      <h1 className="govuk-heading-l">{studentName(student)}</h1>
      {can(actor.roles, "concern.raise") && (
        <ButtonLink
          variant="secondary"
          href={withQuery("/concerns/new", { studentId: student.id })}
        >
          Raise a safeguarding concern
        </ButtonLink>
      )}{" "}
      {/* A provider sees only its own placements here; an incident needs one under way. */}
      {can(actor.roles, "behaviour.log") && student.placements.some(isUnderWay) && (
        <ButtonLink
          variant="secondary"
          href={withQuery("/behaviour/new", { studentId: student.id })}
        >
          Log a behaviour incident
        </ButtonLink>
      )}
      <h2 className="govuk-heading-m">Details</h2>
      <Details student={student} />
      <RecordLinks studentId={student.id} />
      <h2 className="govuk-heading-m">Parents and carers</h2>
      <ContactsTable contacts={student.contacts} />
      <h2 className="govuk-heading-m">Referrals</h2>
      <ReferralsTable referrals={student.referrals} />
      <h2 className="govuk-heading-m">Placements</h2>
      <PlacementsTable placements={student.placements} referrals={student.referrals} />
      <MeetingLinks student={student} />
    </>
  );
}
