import Link from "next/link";

export interface StudentNameParts {
  legalFirstName: string;
  legalLastName: string;
  preferredName?: string | null;
}

/**
 * A student as case workers refer to them: the legal name the records match on, and the
 * name the student goes by when it differs, e.g. "Daniel Hughes (known as Danny)".
 */
export function studentName(student: StudentNameParts): string {
  const legal = `${student.legalFirstName} ${student.legalLastName}`;
  const preferred = student.preferredName?.trim();
  if (!preferred || preferred === student.legalFirstName) {
    return legal;
  }
  return `${legal} (known as ${preferred})`;
}

/** A link to a student's page, named by the student. */
export function StudentLink({ student }: { student: StudentNameParts & { id: string } }) {
  return (
    <Link className="govuk-link" href={`/students/${student.id}`}>
      {studentName(student)}
    </Link>
  );
}
