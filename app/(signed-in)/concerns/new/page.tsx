import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Button } from "@/components/button";
import { queryText, withQuery, type SearchParams } from "@/components/page-params";
import { studentName } from "@/components/student-name";
import { Table } from "@/components/table";
import { TextInput } from "@/components/text-input";
import { can } from "@/server/auth/permissions";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../_lib/require-session";
import { RaiseConcernForm } from "./raise-form";

// The title leaves out the student's name: titles stay in browser history.
export const metadata: Metadata = { title: "Raise a safeguarding concern" };

const NOT_FOUND_CODES = new Set(["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN"]);

async function loadStudent(studentId: string) {
  const caller = await serverCaller();
  try {
    return await caller.student.get({ studentId });
  } catch (error) {
    if (error instanceof TRPCError && NOT_FOUND_CODES.has(error.code)) {
      notFound();
    }
    throw error;
  }
}

function Urgent() {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        If a child is in immediate danger, call 999 now, then tell your DSL. Record the concern here
        as soon as you can, the same day.
      </strong>
    </div>
  );
}

/** Without a student chosen: find one among the students the raiser may see. */
async function ChooseStudent({ search }: { search?: string }) {
  const found = search ? await (await serverCaller()).student.list({ search, page: 1 }) : null;
  return (
    <>
      <Form action="/concerns/new" role="search" aria-label="Students">
        <TextInput
          name="search"
          label="Who is the concern about?"
          labelSize="m"
          hint="Search by name or UPN among the students your organisation works with"
          defaultValue={search}
          maxLength={100}
          spellCheck={false}
        />
        <Button variant="secondary">Find the student</Button>
      </Form>
      {found && (
        <Table
          caption={`Students matching “${search}”`}
          captionSize="s"
          rows={found.rows}
          rowKey={(row) => row.id}
          empty={`No students you work with match “${search}”.`}
          columns={[
            { header: "Student", cell: (row) => studentName(row) },
            { header: "School", cell: (row) => row.homeSchool.name },
            { header: "Year group", cell: (row) => `Year ${row.yearGroup}` },
            {
              header: "Action",
              cell: (row) => (
                <Link
                  className="govuk-link"
                  href={withQuery("/concerns/new", { studentId: row.id })}
                >
                  Raise a concern
                  <span className="govuk-visually-hidden"> about {studentName(row)}</span>
                </Link>
              ),
            },
          ]}
        />
      )}
    </>
  );
}

export default async function NewConcernPage(props: { searchParams: Promise<SearchParams> }) {
  const params = await props.searchParams;
  const { actor } = await requireSession();
  // Everyone who works with students may raise a concern; to anyone else this page does not
  // exist (the server refuses concern.raise to them too).
  if (!can(actor.roles, "concern.raise")) {
    notFound();
  }
  const studentId = queryText(params.studentId, 36);

  if (!studentId) {
    return (
      <>
        <span className="govuk-caption-l">Safeguarding</span>
        <h1 className="govuk-heading-l">Raise a safeguarding concern</h1>
        <Urgent />
        <ChooseStudent search={queryText(params.search)} />
      </>
    );
  }

  const student = await loadStudent(studentId);
  const name = studentName(student);
  return (
    <>
      <span className="govuk-caption-l">Safeguarding concern about {name}</span>
      <h1 className="govuk-heading-l">Raise a safeguarding concern</h1>
      <Urgent />
      <p className="govuk-body">
        Your concern goes to your designated safeguarding lead (DSL), who decides what happens next.
        Write what you know now: you can add more afterwards.
      </p>
      <RaiseConcernForm student={{ id: student.id, name }} />
    </>
  );
}
