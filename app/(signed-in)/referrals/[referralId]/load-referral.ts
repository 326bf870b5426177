import { TRPCError, type inferRouterOutputs } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";

export type ReferralRecord = inferRouterOutputs<AppRouter>["referral"]["get"];

const NOT_FOUND_CODES = new Set(["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN"]);

/**
 * The referral for this request, read through the same procedure as the browser's calls.
 * "Not yours", "not there", a malformed id and a role that may not read referrals all
 * answer "Page not found".
 */
export const loadReferral = cache(async (referralId: string): Promise<ReferralRecord> => {
  const caller = await serverCaller();
  try {
    return await caller.referral.get({ referralId });
  } catch (error) {
    if (error instanceof TRPCError && NOT_FOUND_CODES.has(error.code)) {
      notFound();
    }
    throw error;
  }
});
