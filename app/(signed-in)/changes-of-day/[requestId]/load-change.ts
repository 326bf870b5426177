import { TRPCError, type inferRouterOutputs } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";

export type ChangeRecord = inferRouterOutputs<AppRouter>["changeOfDay"]["get"];

const NOT_FOUND_CODES = new Set(["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN"]);

/** The change of day, through the same procedure as the browser's calls. */
export const loadChange = cache(async (requestId: string): Promise<ChangeRecord> => {
  const caller = await serverCaller();
  try {
    return await caller.changeOfDay.get({ requestId });
  } catch (error) {
    if (error instanceof TRPCError && NOT_FOUND_CODES.has(error.code)) {
      notFound();
    }
    throw error;
  }
});
