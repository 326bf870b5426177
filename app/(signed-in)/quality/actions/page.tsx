import type { inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FilterActions, OrganisationFilters } from "@/components/organisation-filters";
import { queryChoice, queryText, type SearchParams } from "@/components/page-params";
import { Select } from "@/components/select";
import { Table, type Column } from "@/components/table";
import { DUE_SOON_DAYS } from "@/lib/quality-action-due";
import { QUALITY_ACTION_STATUS_LABEL, QUALITY_ACTION_STATUSES } from "@/lib/schemas/quality-action";
import { REVIEW_KIND_LABEL } from "@/lib/schemas/quality-review";
import { can } from "@/server/auth/permissions";
import type { Actor } from "@/server/auth/roles";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../_lib/require-session";
import { ActionDueDate, ActionStatusTag } from "./action-tags";

export const metadata: Metadata = { title: "Quality actions" };

type ActionList = inferRouterOutputs<AppRouter>["qualityAction"]["list"];
type Row = ActionList["actions"][number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Filters {
  status?: (typeof QUALITY_ACTION_STATUSES)[number];
  providerId?: string;
  overdue?: boolean;
}

function filtersOf(params: SearchParams): Filters {
  const providerId = queryText(params.providerId, 36);
  return {
    status: queryChoice(params.status, QUALITY_ACTION_STATUSES),
    // A malformed id in a typed address is ignored rather than refused.
    providerId: providerId && UUID.test(providerId) ? providerId : undefined,
    overdue: queryText(params.overdue) === "1" || undefined,
  };
}

function columns(actor: Actor): Column<Row>[] {
  return [
    {
      header: "Action",
      cell: (row) => (
        <Link className="govuk-link" href={`/quality/actions/${row.id}`}>
          {row.reference}
        </Link>
      ),
    },
    ...(actor.organisationKind === "SERVICE"
      ? [{ header: "Provider", cell: (row: Row) => row.provider.name }]
      : []),
    {
      header: "What is to be done",
      cell: (row) => (
        <>
          {row.description}
          <br />
          <span className="govuk-body-s">
            From {REVIEW_KIND_LABEL[row.review.kind]} ({row.review.reference})
          </span>
        </>
      ),
    },
    { header: "Owner", cell: (row) => row.owner },
    { header: "Due", cell: (row) => <ActionDueDate dueOn={row.dueOn} state={row.dueState} /> },
    { header: "Status", cell: (row) => <ActionStatusTag status={row.status} /> },
  ];
}

function FilterForm(props: { actor: Actor; filters: Filters; providers: ActionList["providers"] }) {
  const { actor, filters, providers } = props;
  return (
    <Form action="/quality/actions" role="search" aria-label="Quality actions">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select
            name="status"
            label="Status"
            labelSize="s"
            placeholder="Any status"
            options={QUALITY_ACTION_STATUSES.map((value) => ({
              value,
              text: QUALITY_ACTION_STATUS_LABEL[value],
            }))}
            defaultValue={filters.status ?? ""}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            name="overdue"
            label="Due date"
            labelSize="s"
            placeholder="Any due date"
            options={[{ value: "1", text: "Overdue only" }]}
            defaultValue={filters.overdue ? "1" : ""}
          />
        </div>
        <OrganisationFilters
          viewerKind={actor.organisationKind}
          choices={{ providers, schools: [] }}
          filters={filters}
          column="one-third"
        />
      </div>
      <FilterActions
        label="Show actions"
        clearHref="/quality/actions"
        active={Object.values(filters).some(Boolean)}
      />
    </Form>
  );
}

export default async function QualityActionsPage(props: { searchParams: Promise<SearchParams> }) {
  const { actor } = await requireSession();
  if (!can(actor.roles, "qualityAction.list")) {
    notFound();
  }
  const filters = filtersOf(await props.searchParams);
  const caller = await serverCaller();
  const { actions, providers } = await caller.qualityAction.list(filters);
  const provider = actor.organisationKind === "PROVIDER";

  return (
    <>
      <h1 className="govuk-heading-l">Quality actions</h1>
      <p className="govuk-body">
        {provider
          ? "The actions set in your quality reviews' feedback. Open one to submit evidence " +
            "that it is done; the quality officer closes it or returns it with a comment."
          : "Actions set in providers' review feedback. Open one to close or return the " +
            "evidence a provider has submitted, or to note it at a later review."}{" "}
        Overdue actions are tagged red, and those due within {DUE_SOON_DAYS} days orange.
      </p>
      <FilterForm actor={actor} filters={filters} providers={providers} />
      <Table
        caption={actions.length === 1 ? "1 action" : `${actions.length} actions`}
        captionSize="m"
        rows={actions}
        rowKey={(row) => row.id}
        columns={columns(actor)}
        empty="There are no actions to show."
      />
    </>
  );
}
