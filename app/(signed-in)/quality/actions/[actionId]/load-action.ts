import { TRPCError, type inferRouterOutputs } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";

export type ActionRecord = inferRouterOutputs<AppRouter>["qualityAction"]["read"];

const NOT_FOUND_CODES = new Set(["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN"]);

/** The action, through the same procedure as the browser's calls; refusals are "not found". */
export const loadAction = cache(async (actionId: string): Promise<ActionRecord> => {
  const caller = await serverCaller();
  try {
    return await caller.qualityAction.read({ actionId });
  } catch (error) {
    if (error instanceof TRPCError && NOT_FOUND_CODES.has(error.code)) {
      notFound();
    }
    throw error;
  }
});
