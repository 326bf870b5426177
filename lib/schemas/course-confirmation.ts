import { z } from "zod";
import { daysField, idSchema, requiredText } from "./common";

export const COURSE_CONFIRMATION_STATUSES = ["SUBMITTED", "ACCEPTED", "RETURNED"] as const;
export type CourseConfirmationStatusValue = (typeof COURSE_CONFIRMATION_STATUSES)[number];

/** Alternative provision serves secondary-age students; sixth-form age is the upper bound. */
export const YOUNGEST_AGE = 11;
export const OLDEST_AGE = 19;
export const MOST_PLACES = 200;

function wholeNumber(what: string, low: number, high: number) {
  const named = `${what.charAt(0).toUpperCase()}${what.slice(1)}`;
  return z.preprocess(
    (value) => (typeof value === "string" ? (value.trim() ? Number(value) : undefined) : value),
    z
      .number({ error: `Enter ${what} as a number` })
      .int(`Enter ${what} as a whole number`)
      .min(low, `${named} must be ${low} or more`)
      .max(high, `${named} must be ${high} or fewer`),
  );
}

/**
 * A course's content as the provider confirms it after winning a place on the purchasing
 * system. `courseId` names one of its own courses to update; blank proposes a new course.
 */
export const submitCourseConfirmationSchema = z
  .object({
    contractReference: requiredText("the contract or lot reference", 100),
    courseId: z
      .string()
      .optional()
      .transform((value) => value || undefined)
      .pipe(idSchema.optional()),
    title: requiredText("the course title", 200),
    subject: requiredText("the subject", 200),
    qualification: requiredText("the qualification", 200),
    level: requiredText("the level", 100),
    awardingBody: requiredText("the awarding body", 200),
    daysOffered: daysField("the days the course runs"),
    places: wholeNumber("the number of places", 1, MOST_PLACES),
    minAge: wholeNumber("the youngest age", YOUNGEST_AGE, OLDEST_AGE),
    maxAge: wholeNumber("the oldest age", YOUNGEST_AGE, OLDEST_AGE),
    location: requiredText("where the course is taught", 300),
  })
  .refine((value) => value.minAge <= value.maxAge, {
    path: ["maxAge"],
    message: "The oldest age must be the same as or more than the youngest age",
  });
export type SubmitCourseConfirmationInput = z.input<typeof submitCourseConfirmationSchema>;

export const decideCourseConfirmationSchema = z
  .object({
    confirmationId: idSchema,
    decision: z.enum(["ACCEPTED", "RETURNED"], { error: "Choose accept or return" }),
    comment: z.string().trim().max(2000, "The comment must be 2000 characters or fewer").optional(),
  })
  .refine((value) => value.decision !== "RETURNED" || Boolean(value.comment), {
    path: ["comment"],
    message: "Say what the provider needs to change",
  });
export type DecideCourseConfirmationInput = z.input<typeof decideCourseConfirmationSchema>;

export const listCourseConfirmationsSchema = z.object({
  status: z.enum(COURSE_CONFIRMATION_STATUSES).optional(),
});

export const courseConfirmationIdSchema = z.object({ confirmationId: idSchema });
