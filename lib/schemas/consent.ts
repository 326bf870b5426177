import { z } from "zod";
import { dateField, idSchema, requiredText } from "./common";

export const CONSENT_SUBJECTS = ["STUDENT", "STAFF"] as const;
export type ConsentSubjectValue = (typeof CONSENT_SUBJECTS)[number];

/** Who may consent for a student: a parent or carer, or the student (when old enough). */
export const CONSENT_RELATIONSHIPS = ["PARENT_CARER", "STUDENT"] as const;
export type ConsentRelationshipValue = (typeof CONSENT_RELATIONSHIPS)[number];

export const CONSENT_RELATIONSHIP_LABEL: Record<ConsentRelationshipValue, string> = {
  PARENT_CARER: "Parent or carer",
  STUDENT: "The student",
};

const yesNo = (what: string) => z.enum(["YES", "NO"], { error: `Select whether ${what}` });

/**
 * Photo and video consent for one person: a student referred to or placed with the
 * provider (who consented and as whom), or a member of staff by name.
 */
export const recordConsentSchema = z
  .object({
    subject: z.enum(CONSENT_SUBJECTS, { error: "Select whether this is a student or staff" }),
    studentId: z.string().optional(),
    personName: z.string().trim().max(200, "The name must be 200 characters or fewer").optional(),
    photo: yesNo("photographs may be taken"),
    video: yesNo("video may be recorded"),
    givenBy: requiredText("the name of the person who gave consent", 200),
    relationship: z.enum(CONSENT_RELATIONSHIPS).optional(),
    givenOn: dateField("the date consent was given"),
  })
  .superRefine((value, context) => {
    const issue = (path: string, message: string) =>
      context.addIssue({ code: "custom", path: [path], message });
    if (value.subject === "STUDENT") {
      if (!value.studentId || !idSchema.safeParse(value.studentId).success) {
        issue("studentId", "Choose the student");
      }
      if (!value.relationship) {
        issue("relationship", "Select who gave consent for the student");
      }
    }
    if (value.subject === "STAFF" && !value.personName) {
      issue("personName", "Enter the staff member's name");
    }
  });
export type RecordConsentInput = z.input<typeof recordConsentSchema>;

export const withdrawConsentSchema = z.object({
  consentId: idSchema,
  withdrawnOn: dateField("the date consent was withdrawn"),
  reason: requiredText("why consent was withdrawn", 1000),
});
export type WithdrawConsentInput = z.input<typeof withdrawConsentSchema>;

export const consentIdSchema = z.object({ consentId: idSchema });
