import { z } from "zod";
import { dateField, idSchema, requiredText } from "./common";
import { optionalText } from "./fields";
import { SEN_STATUSES } from "./student";

/** What the local Prevent team can tell the referrer happened (docs/decisions/0005). */
export const PREVENT_OUTCOMES = [
  "NOT_PROGRESSED",
  "CHANNEL_PANEL",
  "POLICE_LED_CASE_MANAGEMENT",
  "REFERRED_TO_OTHER_SUPPORT",
] as const;

export const PREVENT_OUTCOME_LABEL: Record<(typeof PREVENT_OUTCOMES)[number], string> = {
  NOT_PROGRESSED: "Not progressed: no further Prevent action",
  CHANNEL_PANEL: "Adopted by the Channel panel",
  POLICE_LED_CASE_MANAGEMENT: "Managed by the police (Prevent case management)",
  REFERRED_TO_OTHER_SUPPORT: "Referred to other support, such as early help or social care",
};

export const preventStartSchema = z.object({ concernId: idSchema });

/** The national form's sections, as the DSL edits them before sending. */
export const preventFormSchema = z.object({
  concernId: idSchema,
  individualName: requiredText("the individual's full name", 200),
  individualDateOfBirth: dateField("the individual's date of birth"),
  individualSchool: requiredText("the individual's school", 200),
  individualYearGroup: z.coerce
    .number({ error: "Enter the year group as a number, like 10" })
    .int("Enter the year group as a whole number, like 10")
    .min(1, "The year group must be between 1 and 14")
    .max(14, "The year group must be between 1 and 14"),
  individualSenStatus: z.enum(SEN_STATUSES, { error: "Select the individual's SEN status" }),
  individualLookedAfter: z.enum(["YES", "NO"], { error: "Select whether they are looked after" }),
  referrerName: requiredText("your name", 200),
  referrerRole: requiredText("your role", 200),
  referrerOrganisation: requiredText("your organisation", 200),
  referrerEmail: z.email("Enter your email address in the correct format, like name@example.com"),
  referrerPhone: optionalText("your phone number", 50),
  concerns: requiredText("the concerns"),
  complexNeeds: optionalText("the complex needs"),
  otherInformation: optionalText("the other information"),
});
export type PreventFormInput = z.input<typeof preventFormSchema>;

export const preventSentSchema = z.object({
  concernId: idSchema,
  sentOn: dateField("the date the referral was sent"),
});

export const preventOutcomeSchema = z.object({
  concernId: idSchema,
  outcome: z.enum(PREVENT_OUTCOMES, { error: "Select the outcome" }),
  outcomeNotes: optionalText("the notes on the outcome"),
});
