import type { Role } from "@/server/db/generated/enums";
import { between, chance, newId, pick, type SeedContext } from "./context";
import { DEMO_ACCOUNTS, type DemoOrganisation } from "./demo-accounts";
import { BOYS_NAMES, GIRLS_NAMES, SURNAMES } from "./names";
import { organisationDomain, type SeedOrganisations } from "./organisations";
import type { OrganisationRow, UserRow } from "./rows";

export interface SeedPeople {
  users: UserRow[];
  /** Users by organisation id, for choosing who did each piece of work. */
  byOrganisation: Map<string, UserRow[]>;
}

const SERVICE_TEAM: Role[][] = [
  ["MONITORING_OFFICER", "SERVICE_DSL"],
  ["MONITORING_OFFICER"],
  ["MONITORING_OFFICER"],
  ["SERVICE_ADMIN"],
  ["QUALITY_OFFICER"],
];

/** The demo accounts, then generated staff for the service and every school and provider. */
export function buildPeople(
  ctx: SeedContext,
  orgs: SeedOrganisations,
  passwordHash: string,
): SeedPeople {
  const emails = new Set<string>();
  const users = DEMO_ACCOUNTS.map((account) => {
    emails.add(account.email);
    const organisation = demoOrganisation(orgs, account.organisation);
    return userRow(ctx, { ...account, organisation, passwordHash });
  });
  const staff = (organisation: OrganisationRow, roles: Role[]) => {
    const { first, last } = personName(ctx);
    const email = uniqueEmail(emails, `${first}.${last}`, organisationDomain(organisation.name));
    const name = `${first} ${last}`;
    users.push(userRow(ctx, { email, name, roles, organisation, passwordHash }));
  };
  SERVICE_TEAM.forEach((roles) => staff(orgs.service, roles));
  for (const school of orgs.schools) {
    teamRoles(ctx, users, school, "SCHOOL").forEach((roles) => staff(school, roles));
  }
  for (const provider of orgs.providers) {
    teamRoles(ctx, users, provider, "PROVIDER").forEach((roles) => staff(provider, roles));
  }
  return { users, byOrganisation: groupByOrganisation(users) };
}

/** One to three people; the first is the DSL unless a demo account already is. */
function teamRoles(
  ctx: SeedContext,
  users: UserRow[],
  organisation: OrganisationRow,
  kind: "SCHOOL" | "PROVIDER",
): Role[][] {
  const staffRole: Role = kind === "SCHOOL" ? "SCHOOL_STAFF" : "PROVIDER_STAFF";
  const dslRole: Role = kind === "SCHOOL" ? "SCHOOL_DSL" : "PROVIDER_DSL";
  const hasDsl = users.some(
    (user) => user.organisationId === organisation.id && user.roles.includes(dslRole),
  );
  return Array.from({ length: between(ctx, 1, 3) }, (_, index) =>
    index === 0 && !hasDsl ? [dslRole, staffRole] : [staffRole],
  );
}

function userRow(
  ctx: SeedContext,
  fields: { email: string; name: string; roles: Role[]; organisation: OrganisationRow } & {
    passwordHash: string;
  },
): UserRow {
  const { email, name, roles, organisation, passwordHash } = fields;
  return {
    id: newId(ctx),
    email,
    name,
    passwordHash,
    roles,
    organisationId: organisation.id,
    createdAt: ctx.onboardedAt,
  };
}

function demoOrganisation(orgs: SeedOrganisations, where: DemoOrganisation): OrganisationRow {
  if (where.kind === "SERVICE") {
    return orgs.service;
  }
  return where.kind === "SCHOOL" ? orgs.schools[where.index] : orgs.providers[where.index];
}

/** A fictional first and last name drawn from the seed's pools. */
export function personName(ctx: SeedContext, sex: "male" | "female" = randomSex(ctx)) {
  const first = pick(ctx, sex === "male" ? BOYS_NAMES : GIRLS_NAMES);
  return { first, last: pick(ctx, SURNAMES), sex };
}

function randomSex(ctx: SeedContext): "male" | "female" {
  return chance(ctx, 0.5) ? "male" : "female";
}

/** `firstname.lastname@domain`, with a number added when the address is already taken. */
export function uniqueEmail(taken: Set<string>, localPart: string, domain: string): string {
  const base = localPart.toLowerCase().replace(/[^a-z.]/g, "");
  let email = `${base}@${domain}`;
  for (let suffix = 2; taken.has(email); suffix += 1) {
    email = `${base}${suffix}@${domain}`;
  }
  taken.add(email);
  return email;
}

function groupByOrganisation(users: UserRow[]): Map<string, UserRow[]> {
  const groups = new Map<string, UserRow[]>();
  for (const user of users) {
    groups.set(user.organisationId, [...(groups.get(user.organisationId) ?? []), user]);
  }
  return groups;
}

/**
 * Who at an organisation did a piece of work: someone holding one of `roles`, with the demo
 * account favoured so a demonstration shows "you did this" on most records.
 */
export function pickWorker(
  ctx: SeedContext,
  people: SeedPeople,
  organisationId: string,
  roles: Role[],
): UserRow {
  const team = people.byOrganisation.get(organisationId) ?? [];
  const able = team.filter((user) => user.roles.some((role) => roles.includes(role)));
  if (able.length === 0) {
    throw new Error(`No seeded user holds ${roles.join(" or ")} at ${organisationId}`);
  }
  const demo = able.find((user) => user.email.endsWith("@demo.cap.test"));
  return demo && chance(ctx, 0.6) ? demo : pick(ctx, able);
}
