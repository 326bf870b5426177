import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { serverCaller } from "@/server/trpc/server-caller";

type Caller = Awaited<ReturnType<typeof serverCaller>>;

const MISSING = new Set(["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN"]);

export function isMissing(error: unknown): boolean {
  return error instanceof TRPCError && MISSING.has(error.code);
}

/**
 * Reads through the same procedures as the browser's calls. "Not yours", "not there", a
 * malformed id and a role that may not refer on all answer "Page not found", so the page
 * says nothing about which.
 */
export async function readOrNotFound<T>(read: (caller: Caller) => Promise<T>): Promise<T> {
  const caller = await serverCaller();
  try {
    return await read(caller);
  } catch (error) {
    if (isMissing(error)) {
      notFound();
    }
    throw error;
  }
}

export function concernPath(concernId: string, rest = ""): string {
  return `/concerns/${concernId}${rest}`;
}
