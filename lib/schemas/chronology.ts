import { z } from "zod";
import { idSchema } from "./common";
import { optionalDateField } from "./fields";

/**
 * The kinds of event a student's chronology gathers (DOMAIN.md workflow 4). Meetings and
 * behaviour join this list as their workflows are built; each kind has one
 * source in server/services/students/chronology-sources.ts.
 */
export const CHRONOLOGY_KINDS = [
  "REFERRAL",
  "PLACEMENT",
  "ATTENDANCE",
  "BEHAVIOUR",
  "MEETING",
  "SAFEGUARDING",
] as const;
export type ChronologyKind = (typeof CHRONOLOGY_KINDS)[number];

export const CHRONOLOGY_KIND_LABEL: Record<ChronologyKind, string> = {
  REFERRAL: "Referrals",
  PLACEMENT: "Placements",
  ATTENDANCE: "Attendance",
  BEHAVIOUR: "Behaviour",
  SAFEGUARDING: "Safeguarding",
  MEETING: "Student meetings",
};

/** A student's chronology: every kind unless some are chosen, between two UK dates. */
export const chronologySchema = z
  .object({
    studentId: idSchema,
    kinds: z.array(z.enum(CHRONOLOGY_KINDS)).optional(),
    from: optionalDateField("the from date"),
    to: optionalDateField("the to date"),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    message: "The to date must be the same as or after the from date",
    path: ["to"],
  });
export type ChronologyInput = z.input<typeof chronologySchema>;
