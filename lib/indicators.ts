/**
 * The key performance indicators of a provider (DOMAIN.md workflow 5), as the pages name
 * and format them. How each is computed is in server/services/quality/indicators/ and
 * docs/decisions/0016-provider-indicators-and-termly-confirmation.md.
 */
export const INDICATOR_KEYS = [
  "attendance",
  "retention",
  "incidents",
  "concerns",
  "actionsOnTime",
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

interface IndicatorMeta {
  label: string;
  /** What the figure is, in a sentence under its heading. */
  description: string;
  /** How the parts of the figure read, e.g. "412 of 450 sessions". */
  parts: (numerator: number, denominator: number) => string;
  kind: "percentage" | "rate" | "count";
}

function plural(count: number, one: string, other: string): string {
  return `${count} ${count === 1 ? one : other}`;
}

export const INDICATOR_META: Record<IndicatorKey, IndicatorMeta> = {
  attendance: {
    label: "Attendance",
    description: "Sessions attended, on time or late, out of the sessions students could attend.",
    parts: (n, d) => `${n} of ${plural(d, "session", "sessions")}`,
    kind: "percentage",
  },
  retention: {
    label: "Retention of placements",
    description: "Placements started in the year that were not withdrawn before their planned end.",
    parts: (n, d) => `${n} of ${plural(d, "placement", "placements")} started`,
    kind: "percentage",
  },
  incidents: {
    label: "Behaviour incidents per student placed",
    description: "Incidents logged in the year (not withdrawn), per student placed in the year.",
    parts: (n, d) => `${plural(n, "incident", "incidents")}, ${plural(d, "student", "students")}`,
    kind: "rate",
  },
  concerns: {
    label: "Safeguarding concerns raised",
    description: "How many concerns the provider's staff raised in the year (a count only).",
    parts: (n, d) => `${plural(n, "concern", "concerns")}, ${plural(d, "student", "students")}`,
    kind: "count",
  },
  actionsOnTime: {
    label: "Actions on time",
    description: "Quality actions due in the year so far that were closed on or before their date.",
    parts: (n, d) => `${n} of ${plural(d, "action", "actions")} due`,
    kind: "percentage",
  },
};

/** "No data" where there is nothing to count: never 0%, which would read as a failure. */
export const NO_DATA = "No data";

export function formatIndicator(key: IndicatorKey, value: number | null): string {
  if (value === null) {
    return NO_DATA;
  }
  switch (INDICATOR_META[key].kind) {
    case "percentage":
      return `${value}%`;
    case "rate":
      return value.toFixed(2);
    case "count":
      return String(value);
  }
}

/** "2026/27" for the academic year starting in August 2026. */
export function academicYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}`;
}
