import type { inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Button, ButtonLink } from "@/components/button";
import { formatUkDay } from "@/components/format";
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
import { studentName } from "@/components/student-name";
import { Table, type Column } from "@/components/table";
import { StatusTag } from "@/components/tag";
import { TextInput } from "@/components/text-input";
import { REFERRAL_STATUS_LABEL } from "@/lib/schemas/referral";
import { can } from "@/server/auth/permissions";
import type { OrganisationKind } from "@/server/auth/roles";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { StaffCheckWarnings } from "@/components/staff-check-warning";
import { staffCheckStatuses } from "../../_lib/staff-check-status";
import { requireSession } from "../../_lib/require-session";

export const metadata: Metadata = { title: "Referrals" };

type ReferralRow = inferRouterOutputs<AppRouter>["referral"]["list"]["rows"][number];
type Status = keyof typeof REFERRAL_STATUS_LABEL;
const STATUSES = Object.keys(REFERRAL_STATUS_LABEL) as Status[];

const REFERENCE: Column<ReferralRow> = {
  header: "Reference",
  cell: (row) => (
    // A reference broken at its hyphen reads as two things; styles/ has no utility for this.
    <Link
      className="govuk-link"
      href={`/referrals/${row.id}`}
      prefetch={false}
      style={{ whiteSpace: "nowrap" }}
    >
      {row.reference}
    </Link>
  ),
};
const STUDENT: Column<ReferralRow> = {
  header: "Student",
  cell: (row) => studentName(row.student),
};
const COURSE: Column<ReferralRow> = { header: "Course", cell: (row) => row.course.title };
const PROVIDER: Column<ReferralRow> = { header: "Provider", cell: (row) => row.provider.name };
const SCHOOL: Column<ReferralRow> = { header: "School", cell: (row) => row.school.name };
const REFERRED: Column<ReferralRow> = {
  header: "Referred",
  cell: (row) => formatUkDay(row.createdAt),
};
const STATUS: Column<ReferralRow> = {
  header: "Status",
  cell: (row) => <StatusTag status={row.status} label={REFERRAL_STATUS_LABEL[row.status]} />,
};

/** A school's referrals all name that school, a provider's that provider: leave those out. */
function columnsFor(kind: OrganisationKind): Column<ReferralRow>[] {
  const parties =
    kind === "SCHOOL" ? [PROVIDER] : kind === "PROVIDER" ? [SCHOOL] : [SCHOOL, PROVIDER];
  return [REFERENCE, STUDENT, COURSE, ...parties, REFERRED, STATUS];
}

function FilterForm({ status, search }: { status?: Status; search?: string }) {
  const options = STATUSES.map((value) => ({ value, text: REFERRAL_STATUS_LABEL[value] }));
  return (
    <Form action="/referrals" role="search" aria-label="Referrals">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <TextInput
            name="search"
            label="Search by name, UPN or reference"
            labelSize="s"
            defaultValue={search}
            maxLength={100}
            spellCheck={false}
          />
        </div>
        <div className="govuk-grid-column-one-half">
          <Select
            name="status"
            label="Status"
            labelSize="s"
            placeholder="Any status"
            options={options}
            defaultValue={status ?? ""}
          />
        </div>
      </div>
      <div className="govuk-button-group">
        <Button variant="secondary">Filter referrals</Button>
        {(status || search) && (
          <Link className="govuk-link" href="/referrals">
            Clear filters
          </Link>
        )}
      </div>
    </Form>
  );
}

/** Said instead of an empty table: nothing matches, or a page past the last. */
interface EmptyListProps {
  total: number;
  status?: Status;
  search?: string;
}

function EmptyList({ total, status, search }: EmptyListProps) {
  if (total > 0) {
    return <PastLastPage firstPage={withQuery("/referrals", { status, search })} />;
  }
  return <>{status || search ? "No referrals match these filters." : "No referrals to show."}</>;
}

export default async function ReferralsPage(props: { searchParams: Promise<SearchParams> }) {
  const params = await props.searchParams;
  const status = queryChoice(params.status, STATUSES);
  const search = queryText(params.search);
  const page = queryPage(params.page);
  const { actor } = await requireSession();
  // Closed to this role (the navigation hides it): the same answer as any unknown page.
  if (!can(actor.roles, "referral.list")) {
    notFound();
  }

  const caller = await serverCaller();
  const { total, pageSize, rows } = await caller.referral.list({ status, search, page });
  const checks = await staffCheckStatuses(rows.map((row) => row.provider.id));

  return (
    <>
      <h1 className="govuk-heading-l">Referrals</h1>
      {can(actor.roles, "referral.create") && (
        <ButtonLink href="/referrals/new">Refer a student</ButtonLink>
      )}
      <StaffCheckWarnings statuses={checks} />
      <FilterForm status={status} search={search} />
      <Table
        caption={total === 1 ? "1 referral" : `${total} referrals`}
        captionSize="m"
        rows={rows}
        rowKey={(row) => row.id}
        columns={columnsFor(actor.organisationKind)}
        empty={<EmptyList total={total} status={status} search={search} />}
      />
      <Pagination
        page={page}
        pageCount={Math.ceil(total / pageSize)}
        label="Pages of referrals"
        hrefFor={(n) => withQuery("/referrals", { status, search, page: n })}
      />
    </>
  );
}
