import { TRPCError, type inferRouterOutputs } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";

export type ConcernRecord = inferRouterOutputs<AppRouter>["concern"]["get"];

const NOT_FOUND_CODES = new Set(["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN"]);

/**
 * The concern for this request, read (and audited) once through concern.get. "Not yours",
 * "not there", a malformed id and a role that may not read concerns all answer "Page not
 * found", so the page says nothing about which.
 */
export const loadConcern = cache(async (concernId: string): Promise<ConcernRecord> => {
  const caller = await serverCaller();
  try {
    return await caller.concern.get({ concernId });
  } catch (error) {
    if (error instanceof TRPCError && NOT_FOUND_CODES.has(error.code)) {
      notFound();
    }
    throw error;
  }
});
