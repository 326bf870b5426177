import { TRPCError } from "@trpc/server";
import type { inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { studentName } from "@/components/student-name";
import { Table, type Column } from "@/components/table";
import { formatDateTime } from "@/lib/dates";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";

// No child's name in the title: titles stay in browser history and tab lists.
export const metadata: Metadata = { title: "Who viewed the safeguarding record" };

type ViewRow = inferRouterOutputs<AppRouter>["concern"]["viewers"][number];

const COLUMNS: Column<ViewRow>[] = [
  { header: "Who", cell: (row) => row.userName },
  { header: "Organisation", cell: (row) => row.organisationName },
  {
    header: "What",
    cell: (row) =>
      row.what === "CONCERN" && row.concernId ? (
        <Link className="govuk-link" href={`/concerns/${row.concernId}`} prefetch={false}>
          Concern {row.concernReference}
        </Link>
      ) : (
        "Chronology"
      ),
  },
  { header: "When", cell: (row) => formatDateTime(row.at) },
];

/**
 * Roles that may not ask (anyone but a DSL or the lead), "not yours" and "not there" all
 * answer "Page not found".
 */
async function load(studentId: string) {
  const caller = await serverCaller();
  try {
    const [student, views] = await Promise.all([
      caller.student.get({ studentId }),
      caller.concern.viewers({ studentId }),
    ]);
    return { student, views };
  } catch (error) {
    const missing = ["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN"];
    if (error instanceof TRPCError && missing.includes(error.code)) {
      notFound();
    }
    throw error;
  }
}

export default async function SafeguardingViewsPage(props: {
  params: Promise<{ studentId: string }>;
}) {
  const { studentId } = await props.params;
  const { student, views } = await load(studentId);

  return (
    <>
      <Link className="govuk-back-link" href={`/students/${studentId}`}>
        Back to the student
      </Link>
      <span className="govuk-caption-l">{studentName(student)}</span>
      <h1 className="govuk-heading-l">Who viewed the safeguarding record</h1>
      <p className="govuk-body">
        Every opening of a concern about this student that you may see, and every reading of the
        student&apos;s chronology that showed one of those concerns, newest first.
      </p>
      <Table
        caption="Views of the safeguarding record"
        captionSize="hidden"
        rows={views}
        rowKey={(row) => row.id}
        rowHeader={null}
        columns={COLUMNS}
        empty="Nobody has viewed a concern about this student that you may see."
      />
    </>
  );
}
