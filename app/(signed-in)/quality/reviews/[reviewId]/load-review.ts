import { TRPCError, type inferRouterOutputs } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";

export type ReviewRecord = inferRouterOutputs<AppRouter>["review"]["read"];

const NOT_FOUND_CODES = new Set(["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN"]);

/** The review, through the same procedure as the browser's calls; refusals are "not found". */
export const loadReview = cache(async (reviewId: string): Promise<ReviewRecord> => {
  const caller = await serverCaller();
  try {
    return await caller.review.read({ reviewId });
  } catch (error) {
    if (error instanceof TRPCError && NOT_FOUND_CODES.has(error.code)) {
      notFound();
    }
    throw error;
  }
});

/** "Quality Review 1 2026/27 – Three Spires Construction Training" and the like. */
export function reviewTitle(review: ReviewRecord): string {
  return `${review.provider.name}: ${kindText(review.kind)} ${yearText(review.startYear)}`;
}

function kindText(kind: ReviewRecord["kind"]): string {
  return { QR1: "Quality Review 1", QR2: "Quality Review 2", FOLLOW_UP: "Follow-up" }[kind];
}

function yearText(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}`;
}
