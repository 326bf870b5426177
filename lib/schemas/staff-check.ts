import { z } from "zod";
import { dateField, idSchema, requiredText } from "./common";
import { optionalDateField, optionalText } from "./fields";

/** The pre-employment checks of the single central record (KCSIE part 3), as people name them. */
export const CHECK_LABEL = {
  identity: "Identity check",
  dbs: "Enhanced DBS certificate",
  dbsRenewal: "DBS renewal",
  dbsStatusCheck: "DBS update service status check",
  barredList: "Barred list check",
  prohibition: "Prohibition from teaching check",
  overseas: "Overseas checks",
  qualifications: "Qualifications check",
  rightToWork: "Right to work check",
  signOff: "Who checked and when",
} as const;
export type CheckKey = keyof typeof CHECK_LABEL;

const yesNo = (what: string) => z.enum(["YES", "NO"], { error: `Select whether ${what}` });

/**
 * A staff member's row as the provider fills it in: who they are and the date each check was
 * done (blank while not done). Dates in the future are refused by the server, which knows
 * today's date (server/services/quality/staff-checks/check-dates.ts).
 */
export const staffCheckSchema = z
  .object({
    /** Absent to add a staff member; the row's id to update one. */
    staffCheckId: idSchema.optional(),
    fullName: requiredText("the staff member's full name", 200),
    jobRole: requiredText("the staff member's role", 200),
    startedOn: dateField("the date they started"),
    identityCheckedOn: optionalDateField("the date identity was checked"),
    dbsCertificateNumber: z
      .string()
      .trim()
      .transform((value) => value.replace(/\s+/g, "") || undefined)
      .pipe(
        z
          .string()
          .regex(/^\d{12}$/, "The DBS certificate number must be 12 digits")
          .optional(),
      )
      .optional(),
    dbsIssuedOn: optionalDateField("the DBS certificate's issue date"),
    dbsUpdateService: yesNo("they subscribe to the DBS update service"),
    dbsLastCheckedOn: optionalDateField("the date of the last update service check"),
    barredListCheckedOn: optionalDateField("the date of the barred list check"),
    prohibitionCheckedOn: optionalDateField("the date of the prohibition check"),
    overseasCheckRequired: yesNo("overseas checks are needed"),
    overseasCheckedOn: optionalDateField("the date of the overseas checks"),
    qualificationsRequired: yesNo("the role needs qualifications checked"),
    qualificationsCheckedOn: optionalDateField("the date qualifications were checked"),
    rightToWorkCheckedOn: optionalDateField("the date right to work was checked"),
    checkedByName: optionalText("who made the checks", 200),
    checkedOn: optionalDateField("the date the record was checked"),
    leftOn: optionalDateField("the date they left"),
  })
  .superRefine((value, context) => {
    const issue = (path: string, message: string) =>
      context.addIssue({ code: "custom", path: [path], message });
    if (value.dbsCertificateNumber && !value.dbsIssuedOn) {
      issue("dbsIssuedOn", "Enter the DBS certificate's issue date");
    }
    if (value.dbsIssuedOn && !value.dbsCertificateNumber) {
      issue("dbsCertificateNumber", "Enter the DBS certificate number");
    }
    if (value.checkedByName && !value.checkedOn) {
      issue("checkedOn", "Enter the date the record was checked");
    }
    if (value.checkedOn && !value.checkedByName) {
      issue("checkedByName", "Enter who made the checks");
    }
    if (value.leftOn && value.leftOn < value.startedOn) {
      issue("leftOn", "The date they left must be on or after the date they started");
    }
  });
export type StaffCheckInput = z.input<typeof staffCheckSchema>;
export type StaffCheckValues = z.output<typeof staffCheckSchema>;

export const staffCheckIdSchema = z.object({ staffCheckId: idSchema });
export const providerIdSchema = z.object({ providerId: idSchema });

/** The providers a referral or placement screen asks about: a page's worth at most. */
export const staffCheckStatusSchema = z.object({
  providerIds: z
    .array(idSchema)
    .min(1, "Choose a provider")
    .max(50, "Ask about 50 providers at most"),
});
