import type { Weekday } from "@/server/db/generated/enums";
import { type CourseTemplate, type PlaceTemplate, PROVIDERS, SCHOOLS, SERVICE } from "./catalogue";
import { between, chance, newId, pick, type SeedContext, weighted } from "./context";
import { STREETS } from "./names";
import type { CourseRow, OrganisationRow } from "./rows";

export interface SeedOrganisations {
  service: OrganisationRow;
  schools: OrganisationRow[];
  providers: OrganisationRow[];
  courses: CourseRow[];
}

export const WEEKDAYS: readonly Weekday[] = [
  "MONDAY",
  "TUESDAY",
  "WEDNESDAY",
  "THURSDAY",
  "FRIDAY",
];

// DfE URNs run in blocks: 103… for Coventry's maintained schools, 13…/14… for academies.
const URN_PREFIXES = ["103", "137", "140", "141"] as const;

// Postcodes never use these letters in their last two characters.
const INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

/** The service, the schools and the providers with their courses, in catalogue order. */
export function buildOrganisations(ctx: SeedContext): SeedOrganisations {
  const urns = new Set<string>();
  const ukprns = new Set<string>();
  const service = organisationRow(ctx, SERVICE, "SERVICE");
  const schools = SCHOOLS.map((school) => ({
    ...organisationRow(ctx, school, "SCHOOL"),
    urn: uniqueNumber(ctx, urns, () => `${pick(ctx, URN_PREFIXES)}${digits(ctx, 3)}`),
  }));
  const providers = PROVIDERS.map((provider) => ({
    ...organisationRow(ctx, provider, "PROVIDER"),
    ukprn: uniqueNumber(ctx, ukprns, () => `10${digits(ctx, 6)}`),
  }));
  const courses = PROVIDERS.flatMap((provider, index) =>
    provider.courses.map((template) => courseRow(ctx, providers[index], provider, template)),
  );
  return { service, schools, providers, courses };
}

function organisationRow(
  ctx: SeedContext,
  place: PlaceTemplate,
  kind: OrganisationRow["kind"],
): OrganisationRow {
  return {
    id: newId(ctx),
    kind,
    name: place.name,
    email: `office@${organisationDomain(place.name)}`,
    phone: `01632 960${digits(ctx, 3)}`,
    address: streetAddress(ctx, place),
    createdAt: ctx.onboardedAt,
  };
}

function courseRow(
  ctx: SeedContext,
  provider: OrganisationRow,
  place: PlaceTemplate,
  template: CourseTemplate,
): CourseRow {
  const { minAge = 14, ...fields } = template;
  return {
    id: newId(ctx),
    providerId: provider.id,
    ...fields,
    daysOffered: daysOffered(ctx),
    places: between(ctx, 6, 16),
    minAge,
    maxAge: 16,
    // Most courses run at the provider's own address; some at a second site.
    location: chance(ctx, 0.75)
      ? (provider.address ?? streetAddress(ctx, place))
      : `Unit ${between(ctx, 1, 24)}, ${streetAddress(ctx, place)}`,
    createdAt: ctx.onboardedAt,
  };
}

function daysOffered(ctx: SeedContext): Weekday[] {
  const count = weighted(ctx, [
    [2, 35],
    [3, 45],
    [4, 15],
    [5, 5],
  ] as const);
  const chosen = new Set(ctx.faker.helpers.arrayElements(WEEKDAYS, count));
  return WEEKDAYS.filter((day) => chosen.has(day));
}

/** `office@radford-brook-academy.example.org` style: example.org never delivers mail. */
export function organisationDomain(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${slug}.example.org`;
}

function streetAddress(ctx: SeedContext, place: PlaceTemplate): string {
  const inward = `${between(ctx, 1, 9)}${letter(ctx)}${letter(ctx)}`;
  const street = `${between(ctx, 1, 240)} ${pick(ctx, STREETS)}`;
  return `${street}, ${place.town} ${place.district} ${inward}`;
}

function letter(ctx: SeedContext): string {
  return INWARD_LETTERS[between(ctx, 0, INWARD_LETTERS.length - 1)];
}

function digits(ctx: SeedContext, count: number): string {
  return String(between(ctx, 0, 10 ** count - 1)).padStart(count, "0");
}

function uniqueNumber(ctx: SeedContext, taken: Set<string>, make: () => string): string {
  let candidate = make();
  while (taken.has(candidate)) {
    candidate = make();
  }
  taken.add(candidate);
  return candidate;
}
