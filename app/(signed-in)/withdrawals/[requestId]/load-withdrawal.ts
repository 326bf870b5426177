import { TRPCError, type inferRouterOutputs } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";

export type WithdrawalRecord = inferRouterOutputs<AppRouter>["withdrawal"]["get"];

const NOT_FOUND_CODES = new Set(["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN"]);

/** The request, through the same procedure as the browser's calls; refusals are "not found". */
export const loadWithdrawal = cache(async (requestId: string): Promise<WithdrawalRecord> => {
  const caller = await serverCaller();
  try {
    return await caller.withdrawal.get({ requestId });
  } catch (error) {
    if (error instanceof TRPCError && NOT_FOUND_CODES.has(error.code)) {
      notFound();
    }
    throw error;
  }
});
