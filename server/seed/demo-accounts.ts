import type { Role } from "@/server/db/generated/enums";
import { PROVIDERS, SCHOOLS, SERVICE } from "./catalogue";

/** Every demo account signs in with this password. Demo data only: never in production. */
export const DEMO_PASSWORD = "demo-password-2026";

/** Which seeded organisation an account belongs to: the service, or a school or provider. */
export type DemoOrganisation =
  { kind: "SERVICE" } | { kind: "SCHOOL"; index: number } | { kind: "PROVIDER"; index: number };

export interface DemoAccount {
  email: string;
  name: string;
  roles: Role[];
  organisation: DemoOrganisation;
  /** The organisation's name, for the README and sign-in hints. */
  organisationName: string;
  /** What the account is for in a demonstration. */
  purpose: string;
}

type DemoAccountSpec = Omit<DemoAccount, "organisationName">;

const FIRST_SCHOOL = { kind: "SCHOOL", index: 0 } as const;
const SECOND_SCHOOL = { kind: "SCHOOL", index: 1 } as const;
const FIRST_PROVIDER = { kind: "PROVIDER", index: 0 } as const;
const SECOND_PROVIDER = { kind: "PROVIDER", index: 1 } as const;
const THE_SERVICE = { kind: "SERVICE" } as const;

const SPECS: DemoAccountSpec[] = [
  {
    email: "school.staff@demo.cap.test",
    name: "Hannah Reid",
    roles: ["SCHOOL_STAFF"],
    organisation: FIRST_SCHOOL,
    purpose: "Refers students; has referrals in every status",
  },
  {
    email: "school.dsl@demo.cap.test",
    name: "Marcus Bell",
    roles: ["SCHOOL_DSL"],
    organisation: FIRST_SCHOOL,
    purpose: "Designated safeguarding lead of the demo school",
  },
  {
    email: "provider.staff@demo.cap.test",
    name: "Jade Okafor",
    roles: ["PROVIDER_STAFF"],
    organisation: FIRST_PROVIDER,
    purpose: "Answers referrals, including ones ready for a response",
  },
  {
    email: "provider.dsl@demo.cap.test",
    name: "Tom Whitfield",
    roles: ["PROVIDER_DSL"],
    organisation: FIRST_PROVIDER,
    purpose: "Designated safeguarding lead of the demo provider",
  },
  {
    email: "mo@demo.cap.test",
    name: "Amira Hussain",
    roles: ["MONITORING_OFFICER"],
    organisation: THE_SERVICE,
    purpose: "Monitoring officer",
  },
  {
    email: "quality@demo.cap.test",
    name: "Gareth Lloyd",
    roles: ["QUALITY_OFFICER"],
    organisation: THE_SERVICE,
    purpose: "Quality officer",
  },
  {
    email: "admin@demo.cap.test",
    name: "Nicola Grant",
    roles: ["SERVICE_ADMIN"],
    organisation: THE_SERVICE,
    purpose: "Processes provider responses into placements",
  },
  {
    email: "service.dsl@demo.cap.test",
    name: "Rachel Moore",
    roles: ["SERVICE_DSL"],
    organisation: THE_SERVICE,
    purpose: "Service designated safeguarding lead",
  },
  {
    email: "lead@demo.cap.test",
    name: "David Ashworth",
    roles: ["SERVICE_LEAD"],
    organisation: THE_SERVICE,
    purpose: "Service lead",
  },
  {
    email: "other-school.staff@demo.cap.test",
    name: "Owen Price",
    roles: ["SCHOOL_STAFF"],
    organisation: SECOND_SCHOOL,
    purpose: "Another school, to show that schools see only their own students",
  },
  {
    email: "other-provider.staff@demo.cap.test",
    name: "Leah Carter",
    roles: ["PROVIDER_STAFF"],
    organisation: SECOND_PROVIDER,
    purpose: "Another provider, to show that providers see only their own referrals",
  },
];

function organisationName(organisation: DemoOrganisation): string {
  if (organisation.kind === "SERVICE") {
    return SERVICE.name;
  }
  const list = organisation.kind === "SCHOOL" ? SCHOOLS : PROVIDERS;
  return list[organisation.index].name;
}

/** One account per role, plus a second school and provider for isolation checks. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = SPECS.map((spec) => ({
  ...spec,
  organisationName: organisationName(spec.organisation),
}));
