import type { inferRouterOutputs } from "@trpc/server";
import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/button";
import { formatUkDay, formatWaiting } from "@/components/format";
import { NotificationBanner } from "@/components/notification-banner";
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
import { studentName } from "@/components/student-name";
import { Table, type Column } from "@/components/table";
import { Tag } from "@/components/tag";
import {
  CONCERN_CATEGORIES,
  CONCERN_CATEGORY_LABEL,
  CONCERN_QUEUE_LABEL,
  CONCERN_QUEUES,
  CONCERN_STATUS_LABEL,
  CONCERN_STATUSES,
  type ConcernQueue,
} from "@/lib/schemas/concern";
import { can } from "@/server/auth/permissions";
import type { Actor } from "@/server/auth/roles";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../_lib/require-session";
import {
  categoriesText,
  ConcernStatusTag,
  isDsl,
  isServiceDsl,
  RiskTag,
} from "./_lib/concern-display";

/** The title names the page as its heading does, which depends on who is asking. */
export async function generateMetadata(): Promise<Metadata> {
  const { actor } = await requireSession();
  return { title: titleFor(actor).title };
}

type ConcernList = inferRouterOutputs<AppRouter>["concern"]["list"];
type ConcernRow = ConcernList["rows"][number];

interface Filters {
  status?: (typeof CONCERN_STATUSES)[number];
  queue?: ConcernQueue;
  category?: (typeof CONCERN_CATEGORIES)[number];
  providerId?: string;
  schoolId?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function queryId(value: string | string[] | undefined): string | undefined {
  const text = queryText(value, 36);
  return text && UUID.test(text) ? text : undefined;
}

function hasUnreadAlert(row: ConcernRow): boolean {
  return row.schoolAlerts.some((alert) => alert.readAt === null);
}

const REFERENCE: Column<ConcernRow> = {
  header: "Reference",
  cell: (row) => (
    <Link
      className="govuk-link"
      href={`/concerns/${row.id}`}
      prefetch={false}
      style={{ whiteSpace: "nowrap" }}
    >
      {row.reference}
    </Link>
  ),
};
const STUDENT: Column<ConcernRow> = { header: "Student", cell: (row) => studentName(row.student) };
const CATEGORIES: Column<ConcernRow> = {
  header: "Categories",
  cell: (row) => categoriesText(row.categories),
};
const RISK: Column<ConcernRow> = {
  header: "Risk",
  cell: (row) => <RiskTag level={row.riskLevel} />,
};
const RAISED: Column<ConcernRow> = { header: "Raised", cell: (row) => formatUkDay(row.raisedAt) };
const WAITING: Column<ConcernRow> = {
  header: "Raised",
  cell: (row) => (
    <>
      {formatUkDay(row.raisedAt)}
      {row.status !== "CLOSED" && (
        <>
          <br />
          <span className="govuk-body-s">Waiting {formatWaiting(row.raisedAt).toLowerCase()}</span>
        </>
      )}
    </>
  ),
};
const RAISED_BY: Column<ConcernRow> = {
  header: "Raised by",
  cell: (row) => row.raisedByOrganisation.name,
};
const SCHOOL: Column<ConcernRow> = { header: "School", cell: (row) => row.school.name };
const STATUS: Column<ConcernRow> = {
  header: "Status",
  cell: (row) => <ConcernStatusTag status={row.status} />,
};
const ASSIGNED: Column<ConcernRow> = {
  header: "Assigned to",
  cell: (row) => row.assignedTo?.name ?? "Not assigned",
};

/** The school DSL's read receipt: an unread alert is tagged, with the way to read it. */
const SCHOOL_ALERT: Column<ConcernRow> = {
  header: "Alert to you",
  cell: (row) => {
    if (row.schoolAlerts.length === 0) {
      return "None sent";
    }
    if (!hasUnreadAlert(row)) {
      return "Read";
    }
    return (
      <>
        <Tag colour="red">Unread</Tag>
        <br />
        <Link className="govuk-link" href={`/concerns/${row.id}#school-alert`} prefetch={false}>
          Read and acknowledge<span className="govuk-visually-hidden"> {row.reference}</span>
        </Link>
      </>
    );
  },
};

function columnsFor(actor: Actor): Column<ConcernRow>[] {
  if (!isDsl(actor.roles)) {
    return [REFERENCE, STUDENT, CATEGORIES, RAISED, STATUS];
  }
  if (isServiceDsl(actor.roles)) {
    return [REFERENCE, STUDENT, RISK, WAITING, RAISED_BY, SCHOOL, STATUS, ASSIGNED];
  }
  if (actor.organisationKind === "SCHOOL") {
    return [REFERENCE, STUDENT, RISK, WAITING, RAISED_BY, STATUS, SCHOOL_ALERT];
  }
  return [REFERENCE, STUDENT, RISK, WAITING, SCHOOL, STATUS];
}

function titleFor(actor: Actor): { title: string; intro: string } {
  if (isServiceDsl(actor.roles)) {
    return {
      title: "Safeguarding triage",
      intro:
        "Every open concern in the collaboration, highest risk first and then the longest " +
        "waiting.",
    };
  }
  if (isDsl(actor.roles)) {
    return {
      title: "Safeguarding concerns",
      intro:
        actor.organisationKind === "SCHOOL"
          ? "Concerns your school raised and concerns other organisations raised about your " +
            "students, highest risk first."
          : "Concerns your organisation raised, highest risk first and then the longest waiting.",
    };
  }
  return {
    title: "Concerns you raised",
    intro:
      "The safeguarding concerns you have raised. Your DSL decides what happens next; you can " +
      "add information to a concern you raised.",
  };
}

function FilterForm({
  actor,
  filters,
  choices,
}: {
  actor: Actor;
  filters: Filters;
  choices: ConcernList["filters"];
}) {
  const dsl = isDsl(actor.roles);
  const queues = CONCERN_QUEUES.filter(
    (queue) => isServiceDsl(actor.roles) || (queue !== "UNASSIGNED" && queue !== "ASSIGNED_TO_ME"),
  );
  const active = Object.values(filters).some(Boolean);
  return (
    <Form action="/concerns" role="search" aria-label="Concerns">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select
            name="status"
            label="Status"
            labelSize="s"
            placeholder="Open concerns"
            options={CONCERN_STATUSES.map((value) => ({
              value,
              text: CONCERN_STATUS_LABEL[value],
            }))}
            defaultValue={filters.status ?? ""}
          />
        </div>
        {dsl && (
          <div className="govuk-grid-column-one-third">
            <Select
              name="queue"
              label="Waiting for"
              labelSize="s"
              placeholder="Anything"
              options={queues.map((value) => ({ value, text: CONCERN_QUEUE_LABEL[value] }))}
              defaultValue={filters.queue ?? ""}
            />
          </div>
        )}
        {dsl && (
          <div className="govuk-grid-column-one-third">
            <Select
              name="category"
              label="Category"
              labelSize="s"
              placeholder="Any category"
              options={CONCERN_CATEGORIES.map((value) => ({
                value,
                text: CONCERN_CATEGORY_LABEL[value],
              }))}
              defaultValue={filters.category ?? ""}
            />
          </div>
        )}
      </div>
      {dsl && (
        <div className="govuk-grid-row">
          <OrganisationFilters
            viewerKind={actor.organisationKind}
            choices={choices}
            filters={filters}
            column="one-half"
            providerLabel="Raised by provider"
          />
        </div>
      )}
      <FilterActions label="Filter concerns" clearHref="/concerns" active={active} />
    </Form>
  );
}

function captionFor(total: number, filters: Filters): string {
  const closed = filters.status === "CLOSED";
  const what = filters.status || filters.queue || filters.category ? "matching concern" : "concern";
  const open = filters.status || closed ? "" : "open ";
  return total === 1 ? `1 ${open}${what}` : `${total} ${open}${what}s`;
}

export default async function ConcernsPage(props: { searchParams: Promise<SearchParams> }) {
  const params = await props.searchParams;
  const { actor } = await requireSession();
  // Closed to this role (the navigation hides it): the same answer as any unknown page.
  if (!can(actor.roles, "concern.list")) {
    notFound();
  }
  const filters: Filters = {
    status: queryChoice(params.status, CONCERN_STATUSES),
    queue: queryChoice(params.queue, CONCERN_QUEUES),
    category: queryChoice(params.category, CONCERN_CATEGORIES),
    providerId: queryId(params.providerId),
    schoolId: queryId(params.schoolId),
  };
  const page = queryPage(params.page);
  const caller = await serverCaller();
  const list = await caller.concern.list({ ...filters, page });
  const { total, pageSize, rows } = list;
  const { title, intro } = titleFor(actor);
  const schoolDsl = actor.roles.includes("SCHOOL_DSL");
  // The same rule as the queue the banner links to.
  const unread =
    schoolDsl && !filters.queue
      ? (await caller.concern.list({ queue: "UNREAD_ALERT", page: 1 })).total
      : 0;

  return (
    <>
      {unread > 0 && (
        <NotificationBanner
          heading={
            unread === 1
              ? "1 safeguarding alert about your students is unread"
              : `${unread} safeguarding alerts about your students are unread`
          }
        >
          <p className="govuk-body">
            <Link
              className="govuk-notification-banner__link"
              href={withQuery("/concerns", { queue: "UNREAD_ALERT" })}
            >
              Show unread alerts
            </Link>
            . Open each concern and mark it as read: an alert unread after one working day is
            escalated to the service DSLs.
          </p>
        </NotificationBanner>
      )}
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{intro}</p>
      {can(actor.roles, "concern.raise") && (
        <ButtonLink href="/concerns/new">Raise a concern</ButtonLink>
      )}
      <p className="govuk-body">
        If a child is in immediate danger, call 999. For advice, see the{" "}
        <Link className="govuk-link" href="/safeguarding-contacts">
          safeguarding contacts and helplines
        </Link>
        .
      </p>
      <FilterForm actor={actor} filters={filters} choices={list.filters} />
      <Table
        caption={captionFor(total, filters)}
        captionSize="m"
        rows={rows}
        rowKey={(row) => row.id}
        columns={columnsFor(actor)}
        empty={
          total > 0 ? (
            <PastLastPage firstPage={withQuery("/concerns", { ...filters })} />
          ) : Object.values(filters).some(Boolean) ? (
            "No concerns match these filters."
          ) : (
            "No open concerns to show."
          )
        }
      />
      <Pagination
        page={page}
        pageCount={Math.ceil(total / pageSize)}
        label="Pages of concerns"
        hrefFor={(n) => withQuery("/concerns", { ...filters, page: n })}
      />
    </>
  );
}
