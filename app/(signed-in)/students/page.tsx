import type { inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Form from "next/form";
import Link from "next/link";
import { Button } from "@/components/button";
import { queryPage, queryText, withQuery, type SearchParams } from "@/components/page-params";
import { Pagination } from "@/components/pagination";
import { PastLastPage } from "@/components/past-last-page";
import { StudentLink } from "@/components/student-name";
import { Table, type Column } from "@/components/table";
import { TextInput } from "@/components/text-input";
import { can } from "@/server/auth/permissions";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../_lib/require-session";

export const metadata: Metadata = { title: "Students" };

type StudentRow = inferRouterOutputs<AppRouter>["student"]["list"]["rows"][number];

function columns(showSchool: boolean): Column<StudentRow>[] {
  const all: Column<StudentRow>[] = [
    { header: "Name", cell: (row) => <StudentLink student={row} /> },
    { header: "UPN", cell: (row) => row.upn },
    { header: "Year group", cell: (row) => `Year ${row.yearGroup}` },
  ];
  const school: Column<StudentRow> = { header: "Home school", cell: (row) => row.homeSchool.name };
  return showSchool ? [...all, school] : all;
}

function SearchForm({ search }: { search?: string }) {
  return (
    <Form action="/students" role="search" aria-label="Students">
      <TextInput
        name="search"
        label="Search by name or UPN"
        labelSize="s"
        width="20"
        defaultValue={search}
        maxLength={100}
        spellCheck={false}
      />
      <div className="govuk-button-group">
        <Button variant="secondary">Search</Button>
        {search && (
          <Link className="govuk-link" href="/students">
            Clear search
          </Link>
        )}
      </div>
    </Form>
  );
}

function resultText(total: number, search?: string): string {
  const students = total === 1 ? "1 student" : `${total} students`;
  if (!search) {
    return students;
  }
  return `${students} ${total === 1 ? "matches" : "match"} “${search}”`;
}

/** Said instead of an empty table: no match, no students, or a page past the last. */
function EmptyList({ total, search }: { total: number; search?: string }) {
  if (total > 0) {
    return <PastLastPage firstPage={withQuery("/students", { search })} />;
  }
  return <>{search ? `No students match “${search}”.` : "No students to show."}</>;
}

export default async function StudentsPage(props: { searchParams: Promise<SearchParams> }) {
  const params = await props.searchParams;
  const search = queryText(params.search);
  const page = queryPage(params.page);
  const { actor } = await requireSession();
  // The navigation hides this section from roles it is closed to; a typed address gets
  // the same "Page not found" as any page the person cannot use.
  if (!can(actor.roles, "student.list")) {
    notFound();
  }
  const caller = await serverCaller();
  const { total, pageSize, rows } = await caller.student.list({ search, page });
  const pageCount = Math.ceil(total / pageSize);

  return (
    <>
      <h1 className="govuk-heading-l">Students</h1>
      <SearchForm search={search} />
      <Table
        caption={resultText(total, search)}
        captionSize="m"
        rows={rows}
        rowKey={(row) => row.id}
        columns={columns(actor.organisationKind !== "SCHOOL")}
        empty={<EmptyList total={total} search={search} />}
      />
      <Pagination
        page={page}
        pageCount={pageCount}
        label="Pages of students"
        hrefFor={(n) => withQuery("/students", { search, page: n })}
      />
    </>
  );
}
