import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import { ukToday } from "@/lib/dates";
import type { Organisation, PrismaClient, Student } from "@/server/db/generated/client";
import { makeCourse } from "./factories";

/** The TRPCError a call was refused with (the test fails if the call succeeded). */
export async function rejection(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

/** Field → message, from the schema's issues or the service's AppError, as forms show them. */
export function fieldMessages(error: TRPCError): Record<string, string> {
  const cause = error.cause as
    | { issues?: { path: PropertyKey[]; message: string }[]; field?: string; userMessage?: string }
    | undefined;
  if (cause?.issues) {
    return Object.fromEntries(cause.issues.map((issue) => [issue.path.join("."), issue.message]));
  }
  return cause?.field ? { [cause.field]: cause.userMessage ?? "" } : {};
}

/** A date `days` from today (negative: before), `YYYY-MM-DD` in UK time. */
export function daysFromToday(days: number): string {
  const date = new Date(`${ukToday()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A provider sees a student only through a referral to it (server/auth/scope.ts). */
export async function referTo(db: PrismaClient, student: Student, provider: Organisation) {
  const course = await makeCourse(db, { provider });
  await db.referral.create({
    data: {
      reference: `REF-${crypto.randomUUID().slice(0, 8)}`,
      studentId: student.id,
      courseId: course.id,
      schoolId: student.homeSchoolId,
      providerId: provider.id,
      requestedDays: ["MONDAY"],
      requestedStartDate: new Date("2026-09-07"),
      reasons: "r",
      needs: "n",
      riskLevel: "LOW",
      riskAssessment: "a",
      createdById: "test",
    },
  });
}
