import { z } from "zod";
import { dateField, idField, idSchema, requiredText } from "./common";
import { dateTimeField, optionalText } from "./fields";
import { RISK_LEVELS } from "./referral";

/** KCSIE categories of abuse and neglect, then the specific safeguarding issues. */
export const CONCERN_CATEGORIES = [
  "PHYSICAL_ABUSE",
  "EMOTIONAL_ABUSE",
  "SEXUAL_ABUSE",
  "NEGLECT",
  "CHILD_ON_CHILD_ABUSE",
  "CHILD_CRIMINAL_EXPLOITATION",
  "CHILD_SEXUAL_EXPLOITATION",
  "COUNTY_LINES",
  "RADICALISATION",
  "DOMESTIC_ABUSE",
  "SELF_HARM",
  "MENTAL_HEALTH",
  "ONLINE_SAFETY",
  "FGM",
  "CHILDREN_MISSING_EDUCATION",
  "SUBSTANCE_MISUSE",
  "OTHER",
] as const;
export type ConcernCategoryValue = (typeof CONCERN_CATEGORIES)[number];

export const CONCERN_CATEGORY_LABEL: Record<ConcernCategoryValue, string> = {
  PHYSICAL_ABUSE: "Physical abuse",
  EMOTIONAL_ABUSE: "Emotional abuse",
  SEXUAL_ABUSE: "Sexual abuse",
  NEGLECT: "Neglect",
  CHILD_ON_CHILD_ABUSE: "Child-on-child abuse",
  CHILD_CRIMINAL_EXPLOITATION: "Child criminal exploitation",
  CHILD_SEXUAL_EXPLOITATION: "Child sexual exploitation",
  COUNTY_LINES: "County lines",
  RADICALISATION: "Radicalisation or extremism",
  DOMESTIC_ABUSE: "Domestic abuse",
  SELF_HARM: "Self-harm",
  MENTAL_HEALTH: "Mental health",
  ONLINE_SAFETY: "Online safety",
  FGM: "Female genital mutilation (FGM)",
  CHILDREN_MISSING_EDUCATION: "Children missing education",
  SUBSTANCE_MISUSE: "Substance misuse",
  OTHER: "Other",
};

export const CONCERN_STATUSES = ["AWAITING_DECISION", "DECIDED", "CLOSED"] as const;

export const CONCERN_STATUS_LABEL: Record<(typeof CONCERN_STATUSES)[number], string> = {
  AWAITING_DECISION: "Awaiting DSL decision",
  DECIDED: "Decided",
  CLOSED: "Closed",
};

export const CONCERN_OUTCOME_LABEL = {
  MONITOR: "Monitor",
  MASH_REFERRAL: "Referral to the Multi-Agency Safeguarding Hub (MASH)",
  POLICE: "Referral to the police",
  PREVENT: "Prevent referral",
  LADO: "Referral to the LADO",
  NO_FURTHER_ACTION: "No further action",
} as const;

export const ALERT_METHODS = ["PHONE", "EMAIL", "IN_PERSON", "SECURE_MESSAGE"] as const;

/** The `kind` an upload carries when it is meant for a concern (server/http/document-routes.ts). */
export const CONCERN_ATTACHMENT_KIND = "CONCERN_ATTACHMENT";
export const MAX_CONCERN_ATTACHMENTS = 10;

const attachmentIds = z
  .array(idSchema)
  .max(MAX_CONCERN_ATTACHMENTS, `Attach ${MAX_CONCERN_ATTACHMENTS} files or fewer`)
  .default([]);

export const concernRaiseSchema = z.object({
  studentId: idField("a student"),
  occurredAt: dateTimeField("when it happened"),
  location: requiredText("where it happened", 500),
  categories: z
    .array(z.enum(CONCERN_CATEGORIES), { error: "Select at least one category" })
    .min(1, "Select at least one category")
    .refine((list) => new Set(list).size === list.length, "Select each category once"),
  whatWasSeenOrHeard: requiredText("what was seen or heard"),
  /** Kept exactly as typed: the child's own words are evidence. */
  disclosure: z
    .string()
    .max(5000, "The disclosure must be 5000 characters or fewer")
    .optional()
    .transform((value) => (value && value.trim() ? value : undefined)),
  immediateAction: requiredText("the action already taken"),
  whoWasTold: requiredText("who has been told", 1000),
  riskLevel: z.enum(RISK_LEVELS, { error: "Select the level of risk" }),
  linkedStudentIds: z.array(idSchema).max(20, "Link 20 students or fewer").default([]),
  /** Files uploaded through /api/documents with kind CONCERN_ATTACHMENT, linked on raising. */
  documentIds: attachmentIds,
});
export type ConcernRaiseInput = z.input<typeof concernRaiseSchema>;

export const concernIdSchema = z.object({ concernId: idSchema });

/** Work queues the dashboard links to: each narrows the open concerns the caller may see. */
export const CONCERN_QUEUES = [
  "TO_DECIDE",
  "UNREAD_ALERT",
  "UNASSIGNED",
  "ASSIGNED_TO_ME",
  "REVIEW_OVERDUE",
] as const;
export type ConcernQueue = (typeof CONCERN_QUEUES)[number];

export const CONCERN_QUEUE_LABEL: Record<ConcernQueue, string> = {
  TO_DECIDE: "Awaiting a DSL decision",
  UNREAD_ALERT: "School alert not yet read",
  UNASSIGNED: "Not assigned to a service DSL",
  ASSIGNED_TO_ME: "Assigned to you",
  REVIEW_OVERDUE: "Monitoring review overdue",
};

export const concernListSchema = z.object({
  status: z.enum(CONCERN_STATUSES).optional(),
  queue: z.enum(CONCERN_QUEUES).optional(),
  category: z.enum(CONCERN_CATEGORIES).optional(),
  providerId: idSchema.optional(),
  schoolId: idSchema.optional(),
  page: z.number().int().min(1).default(1),
});

export const concernEntrySchema = z.object({
  concernId: idSchema,
  kind: z.enum(["FURTHER_INFORMATION", "ACTION"], { error: "Select what you are adding" }),
  text: requiredText("the information or action"),
  documentIds: attachmentIds,
});

export const schoolAlertSchema = z.object({
  concernId: idSchema,
  alertedAt: dateTimeField("when the school DSL was alerted"),
  method: z.enum(ALERT_METHODS, { error: "Select how the school DSL was alerted" }),
  alertedWhom: requiredText("whom you alerted at the school", 200),
});

const rationale = requiredText("the rationale for the decision");
const riskLevel = z.enum(RISK_LEVELS).optional();
const base = { concernId: idSchema, rationale, riskLevel };

export const concernDecisionSchema = z.discriminatedUnion(
  "outcome",
  [
    z.object({ ...base, outcome: z.literal("MONITOR"), reviewDate: dateField("the review date") }),
    z.object({
      ...base,
      outcome: z.literal("MASH_REFERRAL"),
      referredOn: dateField("the date of the MASH referral"),
      reference: requiredText("the MASH reference", 100),
      referralOutcome: optionalText("The MASH outcome"),
    }),
    z.object({
      ...base,
      outcome: z.literal("POLICE"),
      referredOn: dateField("the date the police were told"),
      reference: optionalText("The police reference", 100),
    }),
    z.object({
      ...base,
      outcome: z.literal("PREVENT"),
      referredOn: dateField("the date of the Prevent referral"),
    }),
    z.object({
      ...base,
      outcome: z.literal("LADO"),
      referredOn: dateField("the date of the LADO referral"),
    }),
    z.object({ ...base, outcome: z.literal("NO_FURTHER_ACTION") }),
  ],
  { error: "Select a decision" },
);
export type ConcernDecisionInput = z.input<typeof concernDecisionSchema>;

export const concernAssignSchema = z.object({
  concernId: idSchema,
  assigneeId: idField("a service DSL"),
});

export const concernCloseSchema = z.object({
  concernId: idSchema,
  rationale: requiredText("the reason for closing the concern"),
});

export const concernViewersSchema = z.object({ studentId: idSchema });

export const ALERT_METHOD_LABEL: Record<(typeof ALERT_METHODS)[number], string> = {
  PHONE: "Phone call",
  EMAIL: "Email",
  IN_PERSON: "In person",
  SECURE_MESSAGE: "Secure message",
};

export const CONCERN_ENTRY_KIND_LABEL = {
  FURTHER_INFORMATION: "Further information",
  ACTION: "Action taken",
} as const;

/** Positions order a short directory; a larger number is a typing slip, not a place. */
export const MAX_CONTACT_POSITION = 999;

export const safeguardingContactSchema = z.object({
  /** Blank for a new contact. */
  id: idSchema.optional(),
  kind: z.enum(["SERVICE_DSL", "HELPLINE"], { error: "Select the kind of contact" }),
  name: requiredText("the name", 200),
  description: requiredText("what the contact is for", 1000),
  phone: requiredText("the phone number", 50),
  email: z
    .email("Enter an email address in the correct format, like name@example.com")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  availability: optionalText("When they can be reached", 200),
  sortOrder: z
    .number({ error: "Enter the position as a whole number, like 1" })
    .int("Enter the position as a whole number, like 1")
    .min(0, "The position must be 0 or more")
    .max(MAX_CONTACT_POSITION, `The position must be ${MAX_CONTACT_POSITION} or less`)
    .default(0),
  active: z.boolean().default(true),
});
