import { z } from "zod";
import { capitalise, idSchema } from "./common";

/**
 * The kinds of event a student's chronology gathers (DOMAIN.md workflow 4). Meetings and
 * behaviour join this list as their workflows are built; each kind has one
 * source in server/services/students/chronology-sources.ts.
 */
export const CHRONOLOGY_KINDS = ["REFERRAL", "PLACEMENT", "ATTENDANCE", "SAFEGUARDING"] as const;
export type ChronologyKind = (typeof CHRONOLOGY_KINDS)[number];

export const CHRONOLOGY_KIND_LABEL: Record<ChronologyKind, string> = {
  REFERRAL: "Referrals",
  PLACEMENT: "Placements",
  ATTENDANCE: "Attendance",
  SAFEGUARDING: "Safeguarding",
};

function optionalDate(what: string) {
  return z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.iso.date(`${capitalise(what)} must be a real date`).optional());
}

/** A student's chronology: every kind unless some are chosen, between two UK dates. */
export const chronologySchema = z
  .object({
    studentId: idSchema,
    kinds: z.array(z.enum(CHRONOLOGY_KINDS)).optional(),
    from: optionalDate("the from date"),
    to: optionalDate("the to date"),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    message: "The to date must be the same as or after the from date",
    path: ["to"],
  });
export type ChronologyInput = z.input<typeof chronologySchema>;
