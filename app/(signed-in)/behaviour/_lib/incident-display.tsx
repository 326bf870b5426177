import { StudentLink, type StudentNameParts } from "@/components/student-name";
import { Tag } from "@/components/tag";
import { BEHAVIOUR_SEVERITY_LABEL, type BehaviourSeverityValue } from "@/lib/schemas/behaviour";

const SEVERITY_COLOUR = { LOW: "green", MEDIUM: "yellow", HIGH: "red" } as const;

export function SeverityTag({ severity }: { severity: BehaviourSeverityValue }) {
  return (
    <Tag colour={SEVERITY_COLOUR[severity]}>{BEHAVIOUR_SEVERITY_LABEL[severity]} severity</Tag>
  );
}

export function WithdrawnTag() {
  return <Tag colour="grey">Withdrawn</Tag>;
}

/** "and 1 student from another school": others in a shared incident are a count only. */
export function othersText(count: number): string | null {
  if (count === 0) {
    return null;
  }
  return count === 1
    ? "and 1 student from another school"
    : `and ${count} students from other schools`;
}

interface IncidentStudents {
  students: { student: StudentNameParts & { id: string } }[];
  otherStudentCount: number;
}

/** The students the reader may see, as links, then how many others there were. */
export function StudentsInvolved({ incident }: { incident: IncidentStudents }) {
  const others = othersText(incident.otherStudentCount);
  return (
    <ul className="govuk-list">
      {incident.students.map(({ student }) => (
        <li key={student.id}>
          <StudentLink student={student} />
        </li>
      ))}
      {others && <li>{others}</li>}
    </ul>
  );
}
