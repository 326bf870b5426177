import type { inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { notFound } from "next/navigation";
import {
  queryChoice,
  queryPage,
  queryText,
  withQuery,
  type SearchParams,
} from "@/components/page-params";
import { Pagination } from "@/components/pagination";
import { PastLastPage } from "@/components/past-last-page";
import { Select } from "@/components/select";
import { FilterActions, OrganisationFilters } from "@/components/organisation-filters";
import { StudentLink } from "@/components/student-name";
import { Table, type Column } from "@/components/table";
import { formatDateTime } from "@/lib/dates";
import {
  MEETING_REVIEW_FILTER_LABEL,
  MEETING_REVIEW_FILTERS,
  MEETING_TYPE_LABEL,
  type MeetingReviewFilter,
} from "@/lib/schemas/meeting";
import { can } from "@/server/auth/permissions";
import type { Actor } from "@/server/auth/roles";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../_lib/require-session";
import { ReviewCell } from "./_lib/review-tag";

export const metadata: Metadata = { title: "Student meetings" };

type MeetingList = inferRouterOutputs<AppRouter>["meeting"]["list"];
type MeetingRow = MeetingList["rows"][number];

const ID_LENGTH = 36;

interface Filters {
  review?: MeetingReviewFilter;
  providerId?: string;
  schoolId?: string;
  studentId?: string;
  placementId?: string;
}

function columnsFor(actor: Actor): Column<MeetingRow>[] {
  const columns: (Column<MeetingRow> | false)[] = [
    {
      header: "Meeting",
      // Opening a meeting records who opened it: only a real click may, never a prefetch.
      cell: (row) => (
        <Link className="govuk-link" href={`/meetings/${row.id}`} prefetch={false}>
          {row.reference}
        </Link>
      ),
    },
    { header: "Student", cell: (row) => <StudentLink student={row.student} /> },
    actor.organisationKind !== "PROVIDER" && {
      header: "Provider",
      cell: (row) => row.provider.name,
    },
    actor.organisationKind !== "SCHOOL" && { header: "School", cell: (row) => row.school.name },
    {
      header: "Held",
      cell: (row) => (
        <>
          {formatDateTime(row.heldAt)}
          <br />
          <span className="govuk-body-s">
            {MEETING_TYPE_LABEL[row.type]}
            {row.reviewOf && `, reviewing ${row.reviewOf.reference}`}
          </span>
        </>
      ),
    },
    { header: "Open targets", numeric: true, cell: (row) => row.openTargets },
    {
      header: "Review",
      cell: (row) => <ReviewCell reviewOn={row.reviewOn} state={row.reviewState} />,
    },
  ];
  return columns.filter((column): column is Column<MeetingRow> => Boolean(column));
}

function FilterForm({
  actor,
  filters,
  choices,
}: {
  actor: Actor;
  filters: Filters;
  choices: MeetingList["filters"];
}) {
  const hidden = { studentId: filters.studentId, placementId: filters.placementId };
  return (
    <Form action="/meetings" role="search" aria-label="Student meetings">
      {Object.entries(hidden).map(
        ([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />,
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select
            name="review"
            label="Review"
            labelSize="s"
            placeholder="Any meeting"
            options={MEETING_REVIEW_FILTERS.map((value) => ({
              value,
              text: MEETING_REVIEW_FILTER_LABEL[value],
            }))}
            defaultValue={filters.review ?? ""}
          />
        </div>
        <OrganisationFilters
          viewerKind={actor.organisationKind}
          choices={choices}
          filters={filters}
          column="one-third"
          schoolLabel="School"
        />
      </div>
      <FilterActions
        label="Show meetings"
        clearHref="/meetings"
        active={Object.values(filters).some(Boolean)}
      />
    </Form>
  );
}

function filtersOf(params: SearchParams): Filters {
  return {
    review: queryChoice(params.review, MEETING_REVIEW_FILTERS),
    providerId: queryText(params.providerId, ID_LENGTH),
    schoolId: queryText(params.schoolId, ID_LENGTH),
    studentId: queryText(params.studentId, ID_LENGTH),
    placementId: queryText(params.placementId, ID_LENGTH),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function MeetingsPage(props: { searchParams: Promise<SearchParams> }) {
  const params = await props.searchParams;
  const { actor } = await requireSession();
  if (!can(actor.roles, "meeting.list")) {
    notFound();
  }
  const filters = filtersOf(params);
  // A malformed id in a typed address is ignored rather than refused.
  const ids = Object.fromEntries(
    (["providerId", "schoolId", "studentId", "placementId"] as const).map((key) => [
      key,
      filters[key] && UUID.test(filters[key]) ? filters[key] : undefined,
    ]),
  );
  const page = queryPage(params.page);
  const caller = await serverCaller();
  const list = await caller.meeting.list({ ...filters, ...ids, page });
  const { total, pageSize, rows } = list;

  return (
    <>
      <h1 className="govuk-heading-l">Student meetings</h1>
      <p className="govuk-body">
        Meetings held when a student&apos;s attendance or behaviour causes concern, and their
        reviews. A review is due when its date is in the next 7 days.
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href="/meetings/calendar.ics">
          Add your upcoming review meetings to your calendar
        </a>{" "}
        (an .ics file{actor.roles.includes("MONITORING_OFFICER") ? " of your caseload" : ""})
      </p>
      <FilterForm actor={actor} filters={filters} choices={list.filters} />
      <Table
        caption={total === 1 ? "1 meeting" : `${total} meetings`}
        captionSize="m"
        rows={rows}
        rowKey={(row) => row.id}
        rowHeader={0}
        columns={columnsFor(actor)}
        empty={
          total > 0 ? (
            <PastLastPage firstPage={withQuery("/meetings", { ...filters })} />
          ) : (
            "There are no student meetings to show."
          )
        }
      />
      <Pagination
        page={page}
        pageCount={Math.ceil(total / pageSize)}
        label="Pages of meetings"
        hrefFor={(n) => withQuery("/meetings", { ...filters, page: n })}
      />
    </>
  );
}
