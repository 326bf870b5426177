import type { OrganisationKind, Role } from "@/server/db/generated/enums";

export type { OrganisationKind, Role };

export const ALL_ROLES = [
  "SCHOOL_STAFF",
  "SCHOOL_DSL",
  "PROVIDER_STAFF",
  "PROVIDER_DSL",
  "MONITORING_OFFICER",
  "QUALITY_OFFICER",
  "SERVICE_ADMIN",
  "SERVICE_DSL",
  "SERVICE_LEAD",
] as const satisfies readonly Role[];

/** The kind of organisation each role belongs to. A role held in the wrong kind is ignored. */
export const ROLE_ORGANISATION: Record<Role, OrganisationKind> = {
  SCHOOL_STAFF: "SCHOOL",
  SCHOOL_DSL: "SCHOOL",
  PROVIDER_STAFF: "PROVIDER",
  PROVIDER_DSL: "PROVIDER",
  MONITORING_OFFICER: "SERVICE",
  QUALITY_OFFICER: "SERVICE",
  SERVICE_ADMIN: "SERVICE",
  SERVICE_DSL: "SERVICE",
  SERVICE_LEAD: "SERVICE",
};

export const ROLE_LABEL: Record<Role, string> = {
  SCHOOL_STAFF: "School staff",
  SCHOOL_DSL: "School DSL",
  PROVIDER_STAFF: "Provider staff",
  PROVIDER_DSL: "Provider DSL",
  MONITORING_OFFICER: "Monitoring officer",
  QUALITY_OFFICER: "Quality officer",
  SERVICE_ADMIN: "Service admin",
  SERVICE_DSL: "Service DSL",
  SERVICE_LEAD: "Service lead",
};

/**
 * Roles whose sessions end after 30 minutes idle and 12 hours at most: they see
 * safeguarding records, or every student in the collaboration (monitoring officers), or
 * administer it.
 */
export const SHORT_SESSION_ROLES: readonly Role[] = [
  "MONITORING_OFFICER",
  "SCHOOL_DSL",
  "PROVIDER_DSL",
  "SERVICE_ADMIN",
  "SERVICE_DSL",
  "SERVICE_LEAD",
];

export function effectiveRoles(kind: OrganisationKind, roles: readonly Role[]): Role[] {
  return roles.filter((role) => ROLE_ORGANISATION[role] === kind);
}

/** The signed-in person as every service sees them. */
export interface Actor {
  userId: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  roles: Role[];
}
