import type { inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/button";
import { DateInput } from "@/components/date-input";
import { ErrorSummary } from "@/components/error-summary";
import { queryPage, queryText, withQuery, type SearchParams } from "@/components/page-params";
import { Pagination } from "@/components/pagination";
import { PastLastPage } from "@/components/past-last-page";
import { FilterActions, OrganisationFilters } from "@/components/organisation-filters";
import { studentName } from "@/components/student-name";
import { Table, type Column } from "@/components/table";
import { formatDateTime } from "@/lib/dates";
import { behaviourListSchema, behaviourTypeText } from "@/lib/schemas/behaviour";
import { idSchema } from "@/lib/schemas/common";
import { can } from "@/server/auth/permissions";
import type { Actor } from "@/server/auth/roles";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../_lib/require-session";
import { SeverityTag, StudentsInvolved, WithdrawnTag } from "./_lib/incident-display";

export const metadata: Metadata = { title: "Behaviour incidents" };

type IncidentList = inferRouterOutputs<AppRouter>["behaviour"]["list"];
type IncidentRow = IncidentList["rows"][number];

interface Filters {
  studentId?: string;
  schoolId?: string;
  providerId?: string;
  from?: string;
  to?: string;
}

function queryId(value: string | string[] | undefined): string | undefined {
  const text = queryText(value, 36);
  return text && idSchema.safeParse(text).success ? text : undefined;
}

/** The filters as typed, and messages for dates that are not real or out of order. */
function readFilters(params: SearchParams) {
  const filters: Filters = {
    studentId: queryId(params.studentId),
    schoolId: queryId(params.schoolId),
    providerId: queryId(params.providerId),
    from: queryText(params.from, 10),
    to: queryText(params.to, 10),
  };
  const parsed = behaviourListSchema.safeParse({ ...filters, page: 1 });
  const errors: Partial<Record<"from" | "to", string>> = {};
  for (const issue of parsed.error?.issues ?? []) {
    const field = issue.path[0];
    if (field === "from" || field === "to") {
      errors[field] ??= issue.message;
    }
  }
  // A refused date is left out, so the list still shows.
  const applied = {
    ...filters,
    from: errors.from ? undefined : filters.from,
    to: errors.to || errors.from ? undefined : filters.to,
  };
  return { filters, applied, errors };
}

const REFERENCE: Column<IncidentRow> = {
  header: "Reference",
  cell: (row) => (
    <Link className="govuk-link" href={`/behaviour/${row.id}`} style={{ whiteSpace: "nowrap" }}>
      {row.reference}
    </Link>
  ),
};
const WHEN: Column<IncidentRow> = { header: "When", cell: (row) => formatDateTime(row.occurredAt) };
const STUDENTS: Column<IncidentRow> = {
  header: "Students",
  cell: (row) => <StudentsInvolved incident={row} />,
};
const TYPE: Column<IncidentRow> = {
  header: "Type",
  cell: (row) => behaviourTypeText(row.type, row.otherType),
};
const SEVERITY: Column<IncidentRow> = {
  header: "Severity",
  cell: (row) => (
    <>
      <SeverityTag severity={row.severity} />
      {row.withdrawnAt && (
        <>
          {" "}
          <WithdrawnTag />
        </>
      )}
    </>
  ),
};
const PROVIDER: Column<IncidentRow> = { header: "Provider", cell: (row) => row.provider.name };

function columnsFor(actor: Actor): Column<IncidentRow>[] {
  const provider = actor.organisationKind === "PROVIDER" ? [] : [PROVIDER];
  return [REFERENCE, WHEN, STUDENTS, TYPE, SEVERITY, ...provider];
}

interface FilterFormProps {
  actor: Actor;
  filters: Filters;
  errors: Partial<Record<"from" | "to", string>>;
  choices: IncidentList["filters"];
}

function FilterForm({ actor, filters, errors, choices }: FilterFormProps) {
  const active = Object.values(filters).some(Boolean);
  return (
    <Form action="/behaviour" role="search" aria-label="Behaviour incidents">
      {filters.studentId && <input type="hidden" name="studentId" value={filters.studentId} />}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <DateInput name="from" label="From" defaultValue={filters.from} error={errors.from} />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <DateInput name="to" label="To" defaultValue={filters.to} error={errors.to} />
        </div>
        <OrganisationFilters
          viewerKind={actor.organisationKind}
          choices={choices}
          filters={filters}
          column="one-quarter"
        />
      </div>
      <FilterActions label="Filter incidents" clearHref="/behaviour" active={active} />
    </Form>
  );
}

function countsText({ counts, total }: IncidentList): string {
  const withdrawn = total - counts.open;
  const severities = `${counts.HIGH} high, ${counts.MEDIUM} medium and ${counts.LOW} low severity`;
  const gone = withdrawn > 0 ? `; ${withdrawn} withdrawn` : "";
  return `${severities}${gone}.`;
}

function introFor(actor: Actor): string {
  switch (actor.organisationKind) {
    case "PROVIDER":
      return "The behaviour incidents your organisation has logged, latest first.";
    case "SCHOOL":
      return (
        "Behaviour incidents at providers involving your students, latest first. Students " +
        "from other schools in the same incident are counted, not named."
      );
    case "SERVICE":
      return "Behaviour incidents logged by every provider, latest first.";
  }
}

export default async function BehaviourPage(props: { searchParams: Promise<SearchParams> }) {
  const params = await props.searchParams;
  const { actor } = await requireSession();
  if (!can(actor.roles, "behaviour.list")) {
    notFound();
  }
  const { filters, applied, errors } = readFilters(params);
  const page = queryPage(params.page);
  const caller = await serverCaller();
  const list = await caller.behaviour.list({ ...applied, page });
  const { total, pageSize, rows } = list;
  const errorLines = Object.entries(errors).map(([field, text]) => ({ href: `#${field}`, text }));

  return (
    <>
      {errorLines.length > 0 && <ErrorSummary errors={errorLines} />}
      <h1 className="govuk-heading-l">Behaviour incidents</h1>
      <p className="govuk-body">{introFor(actor)}</p>
      {list.student && (
        <p className="govuk-body">
          Showing incidents involving{" "}
          <Link className="govuk-link" href={`/students/${list.student.id}`}>
            {studentName(list.student)}
          </Link>
          .
        </p>
      )}
      {can(actor.roles, "behaviour.log") && (
        <ButtonLink href={withQuery("/behaviour/new", { studentId: filters.studentId })}>
          Log a behaviour incident
        </ButtonLink>
      )}
      <FilterForm actor={actor} filters={filters} errors={errors} choices={list.filters} />
      <Table
        caption={total === 1 ? "1 incident" : `${total} incidents`}
        captionSize="m"
        rows={rows}
        rowKey={(row) => row.id}
        columns={columnsFor(actor)}
        empty={
          total > 0 ? (
            <PastLastPage firstPage={withQuery("/behaviour", { ...applied })} />
          ) : (
            "There are no behaviour incidents to show."
          )
        }
      />
      {total > 0 && <p className="govuk-body-s">{countsText(list)}</p>}
      <Pagination
        page={page}
        pageCount={Math.ceil(total / pageSize)}
        label="Pages of incidents"
        hrefFor={(n) => withQuery("/behaviour", { ...applied, page: n })}
      />
    </>
  );
}
