import { TRPCError, type inferRouterOutputs } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";

export type AllegationRecord = inferRouterOutputs<AppRouter>["allegation"]["get"];

const NOT_FOUND_CODES = new Set(["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN"]);

/**
 * The allegation for this request, read (and audited) once through the same procedure as
 * the browser's calls. "Not yours", "not there" and a malformed id all answer "Page not
 * found": an allegation's existence is itself not for others to learn.
 */
export const loadAllegation = cache(async (allegationId: string): Promise<AllegationRecord> => {
  const caller = await serverCaller();
  try {
    return await caller.allegation.get({ allegationId });
  } catch (error) {
    if (error instanceof TRPCError && NOT_FOUND_CODES.has(error.code)) {
      notFound();
    }
    throw error;
  }
});
