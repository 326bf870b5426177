import { TRPCError } from "@trpc/server";
import { expect } from "vitest";

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
