import { z } from "zod";
import { idSchema, requiredText } from "./common";
import { dateTimeField, optionalDateField, optionalText } from "./fields";

/** Behaviour incident types a provider logs (issue 4); OTHER asks what it was. */
export const BEHAVIOUR_TYPES = [
  "DISRUPTION",
  "VERBAL_ABUSE",
  "PHYSICAL_AGGRESSION",
  "DAMAGE",
  "ABSCONDING",
  "SUBSTANCE_MISUSE",
  "BULLYING",
  "DISCRIMINATORY_BEHAVIOUR",
  "OTHER",
] as const;
export type BehaviourTypeValue = (typeof BEHAVIOUR_TYPES)[number];

export const BEHAVIOUR_TYPE_LABEL: Record<BehaviourTypeValue, string> = {
  DISRUPTION: "Disruption",
  VERBAL_ABUSE: "Verbal abuse",
  PHYSICAL_AGGRESSION: "Physical aggression",
  DAMAGE: "Damage to property",
  ABSCONDING: "Absconding",
  SUBSTANCE_MISUSE: "Substance misuse",
  BULLYING: "Bullying",
  DISCRIMINATORY_BEHAVIOUR: "Discriminatory behaviour",
  OTHER: "Other",
};

export const BEHAVIOUR_SEVERITIES = ["LOW", "MEDIUM", "HIGH"] as const;
export type BehaviourSeverityValue = (typeof BEHAVIOUR_SEVERITIES)[number];

export const BEHAVIOUR_SEVERITY_LABEL: Record<BehaviourSeverityValue, string> = {
  LOW: "Low",
  MEDIUM: "Medium",
  HIGH: "High",
};

/** The most students one incident names: a whole group is the most a provider teaches. */
export const MAX_INCIDENT_STUDENTS = 20;

const YES_NO = ["YES", "NO"] as const;

/**
 * A yes/no radio, stored as a boolean. A boolean is read back as its answer, so values the
 * browser has already parsed pass the server's parse of the same schema.
 */
function yesNo(question: string) {
  return z
    .preprocess(
      (value) => (value === true ? "YES" : value === false ? "NO" : value),
      z.enum(YES_NO, { error: `Select whether ${question}` }),
    )
    .transform((value) => value === "YES");
}

/** The UK day and time an incident happened; never later than the moment it is checked. */
const occurredAt = dateTimeField("when it happened").refine(
  (value) => value.getTime() <= Date.now(),
  "When it happened must be now or in the past",
);

export const behaviourLogSchema = z
  .object({
    studentIds: z
      .array(idSchema, { error: "Select at least one student involved" })
      .min(1, "Select at least one student involved")
      .max(MAX_INCIDENT_STUDENTS, `Select ${MAX_INCIDENT_STUDENTS} students or fewer`)
      .refine((ids) => new Set(ids).size === ids.length, "Select each student once"),
    occurredAt,
    location: requiredText("where it happened", 200),
    type: z.enum(BEHAVIOUR_TYPES, { error: "Select the type of incident" }),
    otherType: optionalText("what kind of incident it was", 200),
    severity: z.enum(BEHAVIOUR_SEVERITIES, { error: "Select how serious the incident was" }),
    description: requiredText("what happened"),
    actionTaken: requiredText("the action taken"),
    parentCarerInformed: yesNo("the parent or carer was told"),
    schoolInformed: yesNo("the school was told"),
  })
  .superRefine((value, context) => {
    if (value.type === "OTHER" && !value.otherType) {
      context.addIssue({
        code: "custom",
        path: ["otherType"],
        message: "Enter what kind of incident it was",
      });
    }
  })
  // A stale "other" answer does not travel with another type.
  .transform((value) => ({
    ...value,
    otherType: value.type === "OTHER" ? value.otherType : undefined,
  }));
export type BehaviourLogInput = z.input<typeof behaviourLogSchema>;
export type BehaviourLogValues = z.output<typeof behaviourLogSchema>;

export const behaviourIncidentIdSchema = z.object({ incidentId: idSchema });

export const behaviourWithdrawSchema = z.object({
  incidentId: idSchema,
  reason: requiredText("why the incident is being withdrawn", 1000),
});
export type BehaviourWithdrawInput = z.input<typeof behaviourWithdrawSchema>;

/** The incident list: filters by student, school, provider and UK dates, one page at a time. */
export const behaviourListSchema = z
  .object({
    studentId: idSchema.optional(),
    schoolId: idSchema.optional(),
    providerId: idSchema.optional(),
    from: optionalDateField("the from date"),
    to: optionalDateField("the to date"),
    page: z.number().int().min(1).default(1),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    message: "The to date must be the same as or after the from date",
    path: ["to"],
  });
export type BehaviourListInput = z.input<typeof behaviourListSchema>;

/** "Other: spitting" or "Verbal abuse". */
export function behaviourTypeText(type: BehaviourTypeValue, otherType?: string | null): string {
  return type === "OTHER" && otherType ? `Other: ${otherType}` : BEHAVIOUR_TYPE_LABEL[type];
}
