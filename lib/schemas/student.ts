import { z } from "zod";
import { ukToday } from "@/lib/dates";
import { isValidUpn } from "@/lib/upn";
import { dateField, requiredText } from "./common";

export const SEN_STATUSES = ["NONE", "SEN_SUPPORT", "EHC_PLAN"] as const;
export const SEN_LABEL: Record<(typeof SEN_STATUSES)[number], string> = {
  NONE: "No special educational needs",
  SEN_SUPPORT: "SEN support",
  EHC_PLAN: "Education, health and care (EHC) plan",
};

export const contactSchema = z.object({
  name: requiredText("the contact's full name", 200),
  relationship: requiredText("the relationship to the student", 100),
  phone: z
    .string()
    .trim()
    .regex(/^(\+44\s?|0)[0-9\s]{9,13}$/, "Enter a UK phone number, like 07700 900 982")
    .or(z.literal("")),
  email: z
    .email("Enter an email address in the correct format, like name@example.com")
    .or(z.literal("")),
  hasParentalResponsibility: z.boolean(),
});

export const newStudentSchema = z.object({
  upn: z
    .string({ error: "Enter the unique pupil number (UPN)" })
    .trim()
    .toUpperCase()
    .min(1, "Enter the unique pupil number (UPN)")
    .refine(isValidUpn, "Enter a valid UPN: a letter, 12 characters, with the right check letter"),
  legalFirstName: requiredText("the student's legal first name", 100),
  legalLastName: requiredText("the student's legal last name", 100),
  preferredName: z.string().trim().max(100, "Preferred name must be 100 characters or fewer"),
  dateOfBirth: dateField("the date of birth").refine(
    (value) => value <= ukToday() && value >= "1990-01-01",
    "The date of birth must be a real date in the past",
  ),
  // A blank field means "not entered", not year 0.
  yearGroup: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.coerce
      .number({ error: "Enter the year group as a number, like 10" })
      .int("Year group must be a whole number")
      .min(7, "Year group must be between 7 and 13")
      .max(13, "Year group must be between 7 and 13"),
  ),
  senStatus: z.enum(SEN_STATUSES, { error: "Select the student's SEN status" }),
  lookedAfter: z.boolean(),
  childProtectionPlan: z.boolean(),
  childInNeedPlan: z.boolean(),
  contacts: z.array(contactSchema).min(1, "Add at least one parent or carer contact").max(4),
});

export type NewStudentInput = z.infer<typeof newStudentSchema>;
