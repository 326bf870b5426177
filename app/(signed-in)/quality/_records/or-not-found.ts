import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

const NOT_FOUND_CODES = new Set(["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN"]);

/** A record read through the server caller; a refusal shows the page-not-found page. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof TRPCError && NOT_FOUND_CODES.has(error.code)) {
      notFound();
    }
    throw error;
  }
}
