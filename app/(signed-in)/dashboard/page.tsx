import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import type { SearchParams } from "@/components/page-params";
import { can, type Action } from "@/server/auth/permissions";
import { ROLE_LABEL, type Role } from "@/server/auth/roles";
import { requireSession } from "../../_lib/require-session";
import { AdminSection } from "./_sections/admin-section";
import { AllegationsSection } from "./_sections/allegations-section";
import { MonitoringSection } from "./_sections/monitoring-section";
import { ProviderSection } from "./_sections/provider-section";
import { QualityActionsSection } from "./_sections/quality-actions-section";
import { RegistersSection } from "./_sections/registers-section";
import { QualitySection } from "./_sections/quality-section";
import { SafeguardingSection } from "./_sections/safeguarding-section";
import { SchoolSection } from "./_sections/school-section";

export const metadata: Metadata = { title: "Dashboard" };

type Section = (props: { params: SearchParams }) => Promise<ReactNode>;

/**
 * Each section with the permission that opens it, in the order they are shown. A person
 * with several roles sees every section one of them opens; each section's procedure checks
 * the same permission again. Sections that filter read the page's GET parameters.
 */
const SECTIONS: readonly { action: Action; Section: Section }[] = [
  { action: "dashboard.school", Section: SchoolSection },
  { action: "dashboard.provider", Section: ProviderSection },
  // Quality actions for both sides: providers and the quality roles (ADR 0015).
  { action: "qualityAction.list", Section: QualityActionsSection },
  { action: "dashboard.admin", Section: AdminSection },
  { action: "dashboard.monitoring", Section: MonitoringSection },
  { action: "register.missing", Section: RegistersSection },
  { action: "dashboard.safeguarding", Section: SafeguardingSection },
  { action: "allegation.countOpen", Section: AllegationsSection },
  { action: "dashboard.quality", Section: QualitySection },
];

function rolesText(roles: readonly Role[]): string {
  return roles.map((role) => ROLE_LABEL[role]).join(", ");
}

/** For everyone: where to go when worried about a child. */
function WorriedAboutAChild({ roles }: { roles: readonly Role[] }) {
  return (
    <section aria-labelledby="dashboard-worried">
      <h2 className="govuk-heading-m" id="dashboard-worried">
        Worried about a child?
      </h2>
      <p className="govuk-body">
        If a child is in immediate danger, call 999. Otherwise tell your designated safeguarding
        lead today
        {can(roles, "concern.raise") ? (
          <>
            {" "}
            and{" "}
            <Link className="govuk-link" href="/concerns/new">
              raise a safeguarding concern
            </Link>
          </>
        ) : null}
        . See the{" "}
        <Link className="govuk-link" href="/safeguarding-contacts">
          safeguarding contacts and helplines
        </Link>
        .
      </p>
    </section>
  );
}

export default async function DashboardPage(props: { searchParams: Promise<SearchParams> }) {
  const params = await props.searchParams;
  const { name, organisationName, actor } = await requireSession();
  const sections = SECTIONS.filter((section) => can(actor.roles, section.action));

  return (
    <>
      <span className="govuk-caption-l">{organisationName}</span>
      <h1 className="govuk-heading-l">Dashboard</h1>
      {actor.roles.length > 0 ? (
        <p className="govuk-body">
          Signed in as {name} ({rolesText(actor.roles)}).
        </p>
      ) : null}
      {sections.length > 0 ? (
        sections.map(({ action, Section }) => <Section key={action} params={params} />)
      ) : (
        <p className="govuk-body">
          You have no roles in your organisation yet. Ask your service admin to give you one.
        </p>
      )}
      {can(actor.roles, "safeguardingContact.list") && <WorriedAboutAChild roles={actor.roles} />}
    </>
  );
}
