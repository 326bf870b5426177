import type { Metadata } from "next";
import type { ReactNode } from "react";
import { can, type Action } from "@/server/auth/permissions";
import { ROLE_LABEL, type Role } from "@/server/auth/roles";
import { requireSession } from "../../_lib/require-session";
import { AdminSection } from "./_sections/admin-section";
import { MonitoringSection } from "./_sections/monitoring-section";
import { ProviderSection } from "./_sections/provider-section";
import { QualitySection } from "./_sections/quality-section";
import { SafeguardingSection } from "./_sections/safeguarding-section";
import { SchoolSection } from "./_sections/school-section";

export const metadata: Metadata = { title: "Dashboard" };

/**
 * Each section with the permission that opens it, in the order they are shown. A person
 * with several roles sees every section one of them opens; each section's procedure checks
 * the same permission again.
 */
const SECTIONS: readonly { action: Action; key: string; render: () => ReactNode }[] = [
  { action: "dashboard.school", key: "school", render: () => <SchoolSection /> },
  { action: "dashboard.provider", key: "provider", render: () => <ProviderSection /> },
  { action: "dashboard.admin", key: "admin", render: () => <AdminSection /> },
  { action: "dashboard.monitoring", key: "monitoring", render: () => <MonitoringSection /> },
  { action: "dashboard.safeguarding", key: "safeguarding", render: () => <SafeguardingSection /> },
  { action: "dashboard.quality", key: "quality", render: () => <QualitySection /> },
];

function rolesText(roles: readonly Role[]): string {
  return roles.map((role) => ROLE_LABEL[role]).join(", ");
}

export default async function DashboardPage() {
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
        sections.map((section) => <div key={section.key}>{section.render()}</div>)
      ) : (
        <p className="govuk-body">
          You have no roles in your organisation yet. Ask your service admin to give you one.
        </p>
      )}
    </>
  );
}
