import Link from "next/link";
import { can } from "@/server/auth/permissions";
import { requireSession } from "../../../_lib/require-session";

/**
 * The student's chronology and behaviour incidents, and for DSLs and the lead who viewed the
 * safeguarding record.
 */
export async function RecordLinks({ studentId }: { studentId: string }) {
  const { actor } = await requireSession();
  return (
    <ul className="govuk-list">
      <li>
        <Link className="govuk-link" href={`/students/${studentId}/chronology`} prefetch={false}>
          Chronology
        </Link>
      </li>
      {can(actor.roles, "behaviour.list") ? (
        <li>
          <Link className="govuk-link" href={`/behaviour?studentId=${studentId}`} prefetch={false}>
            Behaviour incidents
          </Link>
        </li>
      ) : null}
      {can(actor.roles, "concern.viewers") ? (
        <li>
          <Link className="govuk-link" href={`/students/${studentId}/safeguarding-views`}>
            Who viewed the safeguarding record
          </Link>
        </li>
      ) : null}
    </ul>
  );
}
