import { z } from "zod";
import { idSchema, requiredText } from "./common";
import { dateTimeField, optionalDateField, optionalText } from "./fields";

/**
 * Intelligence for the Force Intelligence Bureau about one person. Facts only: what was
 * seen or heard, when and where. There is deliberately no field for opinion, and none for
 * who supplied the information: the export names the service as the submitting agency.
 */
export const policeIntelligenceCreateSchema = z.object({
  concernId: idSchema,
  subjectName: requiredText("the subject's name, or the name they are known by", 200),
  subjectDescription: optionalText("the description", 2000),
  subjectDateOfBirth: optionalDateField("the subject's date of birth"),
  subjectAssociates: optionalText("the associates", 2000),
  subjectVehicles: optionalText("the vehicles", 1000),
  subjectLocations: optionalText("the locations", 2000),
  subjectHandles: optionalText("the phone numbers and social media handles", 1000),
  whatWasSeenOrHeard: requiredText("what was seen or heard"),
  observedAt: dateTimeField("when it was seen or heard"),
  observedWhere: requiredText("where it was seen or heard", 500),
});
export type PoliceIntelligenceCreateInput = z.input<typeof policeIntelligenceCreateSchema>;

export const policeIntelligenceIdSchema = z.object({ concernId: idSchema, reportId: idSchema });

export const policeIntelligenceSentSchema = z.object({
  concernId: idSchema,
  reportId: idSchema,
  sentAt: dateTimeField("when it was sent to the police"),
});
