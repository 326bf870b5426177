import { z } from "zod";

/** A record chosen from a filter's list, or nothing ("" from an empty choice). */
function optionalChoice(what: string) {
  return z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.string().uuid(`Choose ${what} from the list`).optional());
}

/**
 * The dashboard's caseload filters (GET parameters `provider`, `school`, `officer`). Each
 * narrows what the caller already may see; none widens it: the server adds every filter to
 * the organisation scope, so another school's id simply finds nothing.
 */
export const caseloadFilterSchema = z.object({
  providerId: optionalChoice("a provider"),
  schoolId: optionalChoice("a school"),
  /** Only the service lead, who sees every monitoring officer's caseload, chooses one. */
  officerId: optionalChoice("a monitoring officer"),
});
export type CaseloadFilterInput = z.input<typeof caseloadFilterSchema>;
export type CaseloadFilter = z.output<typeof caseloadFilterSchema>;

/** The query parameter each filter field is read from. */
export const CASELOAD_FILTER_PARAMS = {
  providerId: "provider",
  schoolId: "school",
  officerId: "officer",
} as const satisfies Record<keyof CaseloadFilter, string>;
