import { Table } from "@/components/table";
import type { StudentRecord } from "./student-record";

type Contact = StudentRecord["contacts"][number];

function EmailLink({ email }: { email: string | null }) {
  if (!email) {
    return <>Not recorded</>;
  }
  return (
    <a className="govuk-link govuk-!-text-break-word" href={`mailto:${email}`}>
      {email}
    </a>
  );
}

/** The student's parents and carers, those with parental responsibility first. */
export function ContactsTable({ contacts }: { contacts: readonly Contact[] }) {
  const rows = [...contacts].sort(
    (a, b) => Number(b.hasParentalResponsibility) - Number(a.hasParentalResponsibility),
  );
  return (
    <Table
      caption="Parents and carers"
      captionSize="hidden"
      rows={rows}
      rowKey={(row) => row.id}
      empty="No parent or carer contacts are recorded."
      columns={[
        { header: "Name", cell: (row) => row.name },
        { header: "Relationship", cell: (row) => row.relationship },
        {
          header: "Parental responsibility",
          cell: (row) => (row.hasParentalResponsibility ? "Yes" : "No"),
        },
        { header: "Phone", cell: (row) => row.phone || "Not recorded" },
        { header: "Email", cell: (row) => <EmailLink email={row.email} /> },
      ]}
    />
  );
}
