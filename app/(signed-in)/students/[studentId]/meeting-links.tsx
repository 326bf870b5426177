import Link from "next/link";
import { withQuery } from "@/components/page-params";
import { can } from "@/server/auth/permissions";
import { requireSession } from "../../../_lib/require-session";
import type { StudentRecord } from "./student-record";

/**
 * The student's meetings, and for those who record them (the MO, the provider) a way to
 * record one on each running placement the caller may see.
 */
export async function MeetingLinks({ student }: { student: StudentRecord }) {
  const { actor } = await requireSession();
  if (!can(actor.roles, "meeting.list")) {
    return null;
  }
  const running = can(actor.roles, "meeting.record")
    ? student.placements.filter((placement) => placement.status === "ACTIVE")
    : [];
  return (
    <>
      <h2 className="govuk-heading-m">Student meetings</h2>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" href={withQuery("/meetings", { studentId: student.id })}>
            Meetings about this student
          </Link>
        </li>
        {running.map((placement) => (
          <li key={placement.id}>
            <Link
              className="govuk-link"
              href={withQuery("/meetings/new", { placementId: placement.id })}
            >
              Record a student meeting
              {running.length > 1 && ` (${placement.course.title}, ${placement.provider.name})`}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
