import { TRPCError, type inferRouterOutputs } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";

export type MeetingView = inferRouterOutputs<AppRouter>["meeting"]["get"];

const NOT_FOUND_CODES = new Set(["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN"]);

/**
 * The meeting for this request, read once through meeting.get (which records the first
 * opening by each person). "Not yours", "not there" and a malformed id all answer "Page not
 * found".
 */
export const loadMeeting = cache(async (meetingId: string): Promise<MeetingView> => {
  const caller = await serverCaller();
  try {
    return await caller.meeting.get({ meetingId });
  } catch (error) {
    if (error instanceof TRPCError && NOT_FOUND_CODES.has(error.code)) {
      notFound();
    }
    throw error;
  }
});
