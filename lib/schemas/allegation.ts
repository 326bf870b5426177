import { z } from "zod";
import { dateField, idField, idSchema, requiredText } from "./common";
import { dateTimeField, optionalText } from "./fields";

export const ALLEGATION_STATUSES = ["OPEN", "CLOSED"] as const;
export type AllegationStatusValue = (typeof ALLEGATION_STATUSES)[number];

export const ALLEGATION_STATUS_LABEL: Record<AllegationStatusValue, string> = {
  OPEN: "Open",
  CLOSED: "Closed",
};

/**
 * The four thresholds of KCSIE Part 4, in our own words. Any one of them met makes the matter
 * an allegation to take to the LADO rather than a low-level concern.
 */
export const THRESHOLDS = ["harmedChild", "criminalOffence", "riskOfHarm", "unsuitable"] as const;
export type Threshold = (typeof THRESHOLDS)[number];

export const THRESHOLD_LABEL: Record<Threshold, string> = {
  harmedChild: "Has harmed a child, or may have done",
  criminalOffence: "May have committed a criminal offence against a child, or related to one",
  riskOfHarm: "Has acted towards one or more children in a way that suggests a risk of harm",
  unsuitable: "Has acted, or may have, in a way that suggests they are unfit to work with children",
};

/** Each threshold in a word or two, for labels beside the full wording. */
export const THRESHOLD_SHORT: Record<Threshold, string> = {
  harmedChild: "harm",
  criminalOffence: "a criminal offence",
  riskOfHarm: "risk of harm",
  unsuitable: "suitability",
};

/** The outcomes KCSIE Part 4 names, each with what it means, in our own words. */
export const ALLEGATION_OUTCOMES = [
  "SUBSTANTIATED",
  "UNSUBSTANTIATED",
  "FALSE",
  "MALICIOUS",
  "UNFOUNDED",
] as const;
export type AllegationOutcomeValue = (typeof ALLEGATION_OUTCOMES)[number];

export const ALLEGATION_OUTCOME_LABEL: Record<AllegationOutcomeValue, string> = {
  SUBSTANTIATED: "Substantiated",
  UNSUBSTANTIATED: "Unsubstantiated",
  FALSE: "False",
  MALICIOUS: "Malicious",
  UNFOUNDED: "Unfounded",
};

export const ALLEGATION_OUTCOME_HINT: Record<AllegationOutcomeValue, string> = {
  SUBSTANTIATED: "The evidence shows that what was alleged happened",
  UNSUBSTANTIATED: "The evidence is not enough either to prove or to disprove it",
  FALSE: "The evidence shows that what was alleged did not happen",
  MALICIOUS: "The evidence shows a deliberate attempt to deceive, or to cause harm to the adult",
  UNFOUNDED:
    "Nothing supports it, or the person who raised it misread what happened or lacked " +
    "the full facts",
};

export const allegationReportSchema = z.object({
  adultName: requiredText("the adult's name", 200),
  adultRole: requiredText("the adult's role", 200),
  employerId: idField("the adult's employer"),
  occurredAt: dateTimeField("when it happened"),
  location: requiredText("where it happened", 500),
  whatHappened: requiredText("what happened"),
  childrenInvolved: optionalText("The children involved"),
  studentIds: z.array(idSchema).max(20, "Link 20 students or fewer").default([]),
  immediateAction: requiredText("what was done straight away"),
  whoWasTold: requiredText("who has been told", 1000),
});
export type AllegationReportInput = z.input<typeof allegationReportSchema>;

export const allegationIdSchema = z.object({ allegationId: idSchema });

export const allegationListSchema = z.object({
  status: z.enum(ALLEGATION_STATUSES).optional(),
  page: z.number().int().min(1).default(1),
});

export const allegationEntrySchema = z.object({
  allegationId: idSchema,
  text: requiredText("the further information"),
});

const met = (what: string) =>
  z.enum(["MET", "NOT_MET"], { error: `Select whether ${what} is met` });

/** Each threshold is judged met or not met, with a note saying why. */
export const allegationThresholdsSchema = z.object({
  allegationId: idSchema,
  harmedChild: met("the harm threshold"),
  harmedChildNote: requiredText("a note on the harm threshold", 2000),
  criminalOffence: met("the criminal offence threshold"),
  criminalOffenceNote: requiredText("a note on the criminal offence threshold", 2000),
  riskOfHarm: met("the risk of harm threshold"),
  riskOfHarmNote: requiredText("a note on the risk of harm threshold", 2000),
  unsuitable: met("the suitability threshold"),
  unsuitableNote: requiredText("a note on the suitability threshold", 2000),
});
export type AllegationThresholdsInput = z.input<typeof allegationThresholdsSchema>;

export const ladoContactSchema = z.object({
  allegationId: idSchema,
  consultedOn: dateField("the date of the consultation"),
  ladoName: requiredText("the LADO's name", 200),
  reference: optionalText("The LADO reference", 100),
  advice: requiredText("the LADO's advice"),
});
export type LadoContactInput = z.input<typeof ladoContactSchema>;

export const allegationOutcomeSchema = z.object({
  allegationId: idSchema,
  outcome: z.enum(ALLEGATION_OUTCOMES, { error: "Select the outcome" }),
  outcomeOn: dateField("the date of the outcome"),
  rationale: requiredText("the rationale for the outcome"),
});
export type AllegationOutcomeInput = z.input<typeof allegationOutcomeSchema>;
