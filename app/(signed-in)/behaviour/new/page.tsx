import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { queryText, type SearchParams } from "@/components/page-params";
import { studentName } from "@/components/student-name";
import { can } from "@/server/auth/permissions";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../_lib/require-session";
import { LogIncidentForm, type StudentChoice } from "./log-form";

export const metadata: Metadata = { title: "Log a behaviour incident" };

export default async function NewIncidentPage(props: { searchParams: Promise<SearchParams> }) {
  const params = await props.searchParams;
  const { actor } = await requireSession();
  // Providers log incidents; to anyone else this page does not exist (the server refuses
  // behaviour.log to them too).
  if (!can(actor.roles, "behaviour.log")) {
    notFound();
  }
  const caller = await serverCaller();
  const placements = await caller.behaviour.students();
  const choices: StudentChoice[] = placements.map(({ student, school, course }) => ({
    id: student.id,
    name: studentName(student),
    detail: `${school.name}, ${course.title}`,
  }));
  const wanted = queryText(params.studentId, 36);
  // Only a student the provider may name is ticked in advance; any other id is ignored.
  const preselected = choices.some((choice) => choice.id === wanted) ? [wanted!] : [];

  return (
    <>
      <Link className="govuk-back-link" href="/behaviour">
        Behaviour incidents
      </Link>
      <span className="govuk-caption-l">Behaviour</span>
      <h1 className="govuk-heading-l">Log a behaviour incident</h1>
      <p className="govuk-body">
        The home school of each student you name, and the student&apos;s monitoring officer, are
        told and can read the incident. If a child may be at risk of harm, raise a safeguarding
        concern as well.
      </p>
      {choices.length === 0 ? (
        <p className="govuk-body">
          You have no students on active placements to log an incident for.
        </p>
      ) : (
        <LogIncidentForm students={choices} preselected={preselected} />
      )}
    </>
  );
}
