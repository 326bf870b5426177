import type { inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Button, ButtonGroup, ButtonLink } from "@/components/button";
import { queryChoice, queryText, type SearchParams } from "@/components/page-params";
import { Select } from "@/components/select";
import { Table, type Column } from "@/components/table";
import { StatusTag } from "@/components/tag";
import { formatDate } from "@/lib/dates";
import {
  academicYearLabel,
  REVIEW_KIND_LABEL,
  REVIEW_STATUSES,
} from "@/lib/schemas/quality-review";
import { can } from "@/server/auth/permissions";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../_lib/require-session";

export const metadata: Metadata = { title: "Quality reviews" };

type Row = inferRouterOutputs<AppRouter>["review"]["list"][number];

const STATUS_LABEL: Record<(typeof REVIEW_STATUSES)[number], string> = {
  OPEN: "Open",
  SUBMITTED: "Submitted for marking",
  FEEDBACK_GIVEN: "Feedback given",
};

function progress(row: Row): string {
  if (row.kind !== "QR1") {
    return row.mode === "VIRTUAL" ? "Virtual visit" : "Site visit";
  }
  return `${row.answered} of ${row.requirements} answered, ${row.judged} marked`;
}

const COLUMNS: Column<Row>[] = [
  {
    header: "Review",
    cell: (row) => (
      <Link className="govuk-link" href={`/quality/reviews/${row.id}`}>
        {row.reference}
      </Link>
    ),
  },
  { header: "Provider", cell: (row) => row.provider.name },
  {
    header: "Year and kind",
    cell: (row) => `${academicYearLabel(row.startYear)}, ${REVIEW_KIND_LABEL[row.kind]}`,
  },
  { header: "Progress", cell: progress },
  { header: "Due or planned", cell: (row) => (row.dueOn ? formatDate(row.dueOn) : "") },
  { header: "Open actions", cell: (row) => row.openActions, numeric: true },
  {
    header: "Status",
    cell: (row) => <StatusTag status={row.status} label={STATUS_LABEL[row.status]} />,
  },
];

function yearOf(value: string | undefined): number | undefined {
  return value && /^\d{4}$/.test(value) ? Number(value) : undefined;
}

export default async function ReviewsPage(props: { searchParams: Promise<SearchParams> }) {
  const params = await props.searchParams;
  const { actor } = await requireSession();
  if (!can(actor.roles, "review.list")) {
    notFound();
  }
  const filters = {
    providerId: queryText(params.providerId, 40),
    startYear: yearOf(queryText(params.year, 4)),
    status: queryChoice(params.status, REVIEW_STATUSES),
  };
  const caller = await serverCaller();
  const providers = await caller.review.providers();
  const known = providers.some((provider) => provider.id === filters.providerId);
  const rows = await caller.review.list({
    ...filters,
    providerId: known ? filters.providerId : undefined,
  });
  const service = actor.organisationKind === "SERVICE";

  return (
    <>
      <h1 className="govuk-heading-l">Quality reviews</h1>
      <p className="govuk-body">
        {service
          ? "Each provider's review year: Quality Review 1 online, the site visit, and a " +
            "follow-up in the summer term while actions remain open."
          : "Your Quality Review 1 asks each contractual requirement: answer each with a " +
            "statement and your evidence, then submit it for marking."}
      </p>
      <ButtonGroup>
        {can(actor.roles, "review.open") && (
          <ButtonLink href="/quality/reviews/new">Open a review</ButtonLink>
        )}
        <ButtonLink href="/quality/reviews/requirements" variant="secondary">
          {can(actor.roles, "qualityRequirement.manage")
            ? "Manage the requirements"
            : "The requirements"}
        </ButtonLink>
      </ButtonGroup>
      <form method="get" className="govuk-grid-row" aria-label="Filter reviews">
        {service && (
          <div className="govuk-grid-column-one-third">
            <Select
              name="providerId"
              label="Provider"
              labelSize="s"
              placeholder="Any provider"
              options={providers.map((p) => ({ value: p.id, text: p.name }))}
              defaultValue={known ? filters.providerId : ""}
            />
          </div>
        )}
        <div className="govuk-grid-column-one-quarter">
          <Select
            name="year"
            label="Year"
            labelSize="s"
            placeholder="Any year"
            options={yearChoices().map((year) => ({
              value: String(year),
              text: academicYearLabel(year),
            }))}
            defaultValue={filters.startYear ? String(filters.startYear) : ""}
          />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select
            name="status"
            label="Status"
            labelSize="s"
            placeholder="Any status"
            options={REVIEW_STATUSES.map((value) => ({ value, text: STATUS_LABEL[value] }))}
            defaultValue={filters.status ?? ""}
          />
        </div>
        <div className="govuk-grid-column-full">
          <Button variant="secondary">Filter</Button>
        </div>
      </form>
      <Table
        caption={rows.length === 1 ? "1 review" : `${rows.length} reviews`}
        captionSize="m"
        rows={rows}
        rowKey={(row) => row.id}
        columns={COLUMNS}
        empty="There are no reviews to show."
      />
    </>
  );
}

/** The review years offered in the filter: from 2025/26 to next year's. */
function yearChoices(): number[] {
  const next = new Date().getUTCFullYear() + 1;
  const years: number[] = [];
  for (let year = next; year >= 2025; year -= 1) {
    years.push(year);
  }
  return years;
}
