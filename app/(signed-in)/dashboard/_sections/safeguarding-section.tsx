import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { withQuery } from "@/components/page-params";
import { StudentLink } from "@/components/student-name";
import { Table } from "@/components/table";
import { WelfareTags } from "@/components/welfare-tags";
import type { ConcernQueue } from "@/lib/schemas/concern";
import type { OrganisationKind } from "@/server/auth/roles";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";
import { requireSession } from "../../../_lib/require-session";
import { DashboardPart, DashboardSection } from "./dashboard-section";

type Vulnerable = inferRouterOutputs<AppRouter>["dashboard"]["safeguarding"]["students"][number];

function countText(total: number): string {
  const [students, has, is] =
    total === 1 ? ["1 student", "has", "is"] : [`${total} students`, "have", "are"];
  return (
    `${students} on active placements ${has} a child protection plan or a child in need ` +
    `plan, or ${is} looked after.`
  );
}

function VulnerableTable({ rows }: { rows: readonly Vulnerable[] }) {
  return (
    <Table
      caption="Vulnerable students on active placements"
      captionSize="hidden"
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        { header: "Student", cell: (row) => <StudentLink student={row} /> },
        { header: "Year group", cell: (row) => `Year ${row.yearGroup}` },
        { header: "Plans and care", cell: (row) => <WelfareTags flags={row} /> },
      ]}
    />
  );
}

type Counts = inferRouterOutputs<AppRouter>["dashboard"]["safeguarding"]["concerns"];

interface CountLink {
  count: number;
  /** "1 concern awaiting your decision" and its plural. */
  one: string;
  many: string;
  href: string;
}

function countLinks(counts: Counts, kind: OrganisationKind): CountLink[] {
  const queue = (name: ConcernQueue) => withQuery("/concerns", { queue: name });
  const links: (CountLink | null)[] = [
    {
      count: counts.toDecide,
      one:
        kind === "SERVICE" ? "concern awaiting a DSL decision" : "concern awaiting your decision",
      many:
        kind === "SERVICE" ? "concerns awaiting a DSL decision" : "concerns awaiting your decision",
      href: queue("TO_DECIDE"),
    },
    {
      count: counts.unreadAlerts,
      one: kind === "SCHOOL" ? "unread alert about your students" : "school alert not yet read",
      many: kind === "SCHOOL" ? "unread alerts about your students" : "school alerts not yet read",
      href: queue("UNREAD_ALERT"),
    },
    counts.unassigned === null
      ? null
      : {
          count: counts.unassigned,
          one: "concern not assigned to a service DSL",
          many: "concerns not assigned to a service DSL",
          href: queue("UNASSIGNED"),
        },
    counts.assignedToMe === null
      ? null
      : {
          count: counts.assignedToMe,
          one: "concern assigned to you",
          many: "concerns assigned to you",
          href: queue("ASSIGNED_TO_ME"),
        },
    {
      count: counts.overdueReviews,
      one: "monitoring review overdue",
      many: "monitoring reviews overdue",
      href: queue("REVIEW_OVERDUE"),
    },
  ];
  return links.filter((link): link is CountLink => link !== null);
}

/** The open concerns waiting at each step, each count linking to its list. */
function ConcernCounts({ counts, kind }: { counts: Counts; kind: OrganisationKind }) {
  return (
    <DashboardPart title="Safeguarding concerns">
      <p className="govuk-body">
        {counts.open === 1 ? "1 open concern" : `${counts.open} open concerns`} that you can see.
      </p>
      <ul className="govuk-list govuk-list--spaced">
        {countLinks(counts, kind).map((link) => (
          <li key={link.href}>
            {link.count === 0 ? (
              `No ${link.many}`
            ) : (
              <Link className="govuk-link govuk-!-font-weight-bold" href={link.href}>
                {link.count} {link.count === 1 ? link.one : link.many}
              </Link>
            )}
          </li>
        ))}
      </ul>
      <p className="govuk-body">
        <Link className="govuk-link" href="/concerns">
          All concerns
        </Link>
        {" · "}
        <Link className="govuk-link" href="/safeguarding-contacts">
          Safeguarding contacts and helplines
        </Link>
      </p>
    </DashboardPart>
  );
}

/** DSLs and the lead: the concerns waiting for them, and the vulnerable students on placement. */
export async function SafeguardingSection() {
  const caller = await serverCaller();
  const [{ total, students, concerns }, session] = await Promise.all([
    caller.dashboard.safeguarding(),
    requireSession(),
  ]);

  return (
    <DashboardSection id="safeguarding" title="Safeguarding">
      <ConcernCounts counts={concerns} kind={session.actor.organisationKind} />
      <DashboardPart title="Vulnerable students on active placements">
        {total === 0 ? (
          <p className="govuk-body">
            No students on active placements that you can see have a child protection plan or a
            child in need plan, or are looked after.
          </p>
        ) : (
          <>
            <p className="govuk-body govuk-!-font-weight-bold">{countText(total)}</p>
            {students.length < total && (
              <p className="govuk-body">The first {students.length} are shown, by surname.</p>
            )}
            <VulnerableTable rows={students} />
          </>
        )}
      </DashboardPart>
    </DashboardSection>
  );
}
