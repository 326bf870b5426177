import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Button } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { ErrorSummary } from "@/components/error-summary";
import { queryText, withQuery, type SearchParams } from "@/components/page-params";
import { formatDate, ukToday } from "@/lib/dates";
import { registerExportSchema } from "@/lib/schemas/register";
import { can } from "@/server/auth/permissions";
import { requireSession } from "../../_lib/require-session";

export const metadata: Metadata = { title: "Attendance at providers" };

type Field = "from" | "to";

/** The dates as typed (defaulting to this month so far) and what is wrong with them. */
function readDates(params: SearchParams) {
  const today = ukToday();
  const asked = params.from !== undefined || params.to !== undefined;
  const values = {
    from: queryText(params.from, 10) ?? (asked ? "" : `${today.slice(0, 8)}01`),
    to: queryText(params.to, 10) ?? (asked ? "" : today),
  };
  const parsed = registerExportSchema.safeParse(values);
  const errors: Partial<Record<Field, string>> = {};
  for (const issue of parsed.error?.issues ?? []) {
    const field = issue.path[0] as Field;
    errors[field] ??= issue.message;
  }
  return { values, errors, asked, valid: parsed.success };
}

/**
 * Schools key their students' sessions at providers into their own MIS. This page chooses
 * the dates; the download (attendance/export) gives one row per student, date and session
 * with the DfE code (docs/decisions/0009-registers-and-attendance.md).
 */
export default async function AttendancePage(props: { searchParams: Promise<SearchParams> }) {
  const { actor } = await requireSession();
  if (!can(actor.roles, "register.export")) {
    notFound();
  }
  const { values, errors, asked, valid } = readDates(await props.searchParams);

  return (
    <>
      {asked && !valid && (
        <ErrorSummary
          errors={Object.entries(errors).map(([field, text]) => ({ href: `#${field}`, text }))}
        />
      )}
      <h1 className="govuk-heading-l">Attendance at providers</h1>
      <p className="govuk-body">
        Download the marks your students&apos; providers have recorded, with the attendance code to
        enter in your MIS for each session: K or B when the student attended, or the absence code
        for the reason the provider was given.
      </p>
      <form method="get" action="/attendance" noValidate>
        <DateInput label="First date" name="from" defaultValue={values.from} error={errors.from} />
        <DateInput label="Last date" name="to" defaultValue={values.to} error={errors.to} />
        <Button variant="secondary">Choose these dates</Button>
      </form>
      {valid && (
        <p className="govuk-body">
          <a className="govuk-button" href={withQuery("/attendance/export", values)} download>
            Download marks from {formatDate(values.from)} to {formatDate(values.to)} (CSV)
          </a>
        </p>
      )}
    </>
  );
}
