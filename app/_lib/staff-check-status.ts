import "server-only";
import { TRPCError } from "@trpc/server";
import type { CheckStatus } from "@/components/staff-check-warning";
import { serverCaller } from "@/server/trpc/server-caller";

const MAX_PROVIDERS = 50;

/**
 * The single central record status of the providers a referral or placement screen shows
 * (ADR 0017). The warning is extra to the page: when the person may not ask about one of
 * them, the page shows no warning rather than failing.
 */
export async function staffCheckStatuses(providerIds: readonly string[]): Promise<CheckStatus[]> {
  const ids = [...new Set(providerIds)].slice(0, MAX_PROVIDERS);
  if (ids.length === 0) {
    return [];
  }
  const caller = await serverCaller();
  try {
    return await caller.staffCheck.status({ providerIds: ids });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) {
      return [];
    }
    throw error;
  }
}
