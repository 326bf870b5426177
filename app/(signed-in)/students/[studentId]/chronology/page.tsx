import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ErrorSummary } from "@/components/error-summary";
import { queryText, type SearchParams } from "@/components/page-params";
import { PrintButton } from "@/components/print-button";
import { studentName } from "@/components/student-name";
import { formatDateTime } from "@/lib/dates";
import { CHRONOLOGY_KINDS, chronologySchema, type ChronologyKind } from "@/lib/schemas/chronology";
import { serverCaller } from "@/server/trpc/server-caller";
import { ChronologyFilter, describeFilter, type ChronologyFilterValues } from "./chronology-filter";
import { ChronologyTimeline } from "./chronology-timeline";

// No child's name in the title: titles stay in browser history and tab lists.
export const metadata: Metadata = { title: "Student chronology" };

type Errors = Partial<Record<"from" | "to", string>>;

function kindsOf(value: string | string[] | undefined): ChronologyKind[] {
  const given = Array.isArray(value) ? value : value ? [value] : [];
  return CHRONOLOGY_KINDS.filter((kind) => given.includes(kind));
}

/** The filter as typed, and the messages for dates that are not real or out of order. */
function readFilter(studentId: string, params: SearchParams) {
  const values: ChronologyFilterValues = {
    kinds: kindsOf(params.kinds),
    from: queryText(params.from, 10),
    to: queryText(params.to, 10),
  };
  const parsed = chronologySchema.safeParse({ studentId, ...values });
  const errors: Errors = {};
  for (const issue of parsed.error?.issues ?? []) {
    const field = issue.path[0];
    if (field === "from" || field === "to") {
      errors[field] ??= issue.message;
    }
  }
  return { values, errors };
}

/** "Not yours", "not there" and a malformed id all answer "Page not found". */
async function loadChronology(studentId: string, values: ChronologyFilterValues) {
  const caller = await serverCaller();
  try {
    return await caller.student.chronology({ studentId, ...values, kinds: [...values.kinds] });
  } catch (error) {
    const missing = ["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN"];
    if (error instanceof TRPCError && missing.includes(error.code)) {
      notFound();
    }
    throw error;
  }
}

export default async function ChronologyPage(props: {
  params: Promise<{ studentId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { studentId } = await props.params;
  const { values, errors } = readFilter(studentId, await props.searchParams);
  const hasErrors = Object.keys(errors).length > 0;
  // A refused filter still shows the chronology, unfiltered by the dates at fault.
  const applied = {
    kinds: values.kinds,
    from: errors.from ? undefined : values.from,
    to: errors.to || errors.from ? undefined : values.to,
  };
  const chronology = await loadChronology(studentId, applied);
  const path = `/students/${studentId}/chronology`;

  return (
    <>
      {hasErrors ? (
        <ErrorSummary
          errors={Object.entries(errors).map(([field, text]) => ({ href: `#${field}`, text }))}
        />
      ) : null}
      <Link className="govuk-back-link cap-no-print" href={`/students/${studentId}`}>
        Back to the student
      </Link>
      <span className="govuk-caption-l">{studentName(chronology.student)}</span>
      <h1 className="govuk-heading-l">Chronology</h1>
      <p className="govuk-body">
        Referrals, placements and the safeguarding records you may see, newest first. Your reading
        of this chronology is recorded.
      </p>
      <ChronologyFilter action={path} values={values} errors={errors} />
      <PrintButton text="Print chronology" />
      <p className="govuk-body-s">
        Showing: {describeFilter(applied)} Read on {formatDateTime(new Date())}.
      </p>
      {chronology.events.length === 0 ? (
        <p className="govuk-body">There are no events to show.</p>
      ) : (
        <ChronologyTimeline events={chronology.events} />
      )}
    </>
  );
}
