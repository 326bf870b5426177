import "server-only";
import { TRPCError } from "@trpc/server";
import { logger } from "@/server/logger";
import { serverCaller } from "@/server/trpc/server-caller";
import { calendarFile } from "./meeting-calendar-document";
import { renderMeetingPdf } from "./meeting-pdf-document";
import { seeOther } from "./see-other";

type Caller = Awaited<ReturnType<typeof serverCaller>>;

const PRIVATE = {
  // A child's case record: never kept by a browser or proxy cache.
  "Cache-Control": "private, no-store",
  "X-Content-Type-Options": "nosniff",
};

const REFUSED = new Set(["NOT_FOUND", "FORBIDDEN", "BAD_REQUEST"]);

/** Sign-in for a lapsed session; 404 for "not yours", "not there" and a malformed id. */
function refusal(error: unknown, what: string): Response {
  if (error instanceof TRPCError && error.code === "UNAUTHORIZED") {
    return seeOther("/sign-in?ended=1");
  }
  if (error instanceof TRPCError && REFUSED.has(error.code)) {
    return new Response("Page not found", { status: 404, headers: PRIVATE });
  }
  logger.error({ err: error }, `${what} failed`);
  throw error;
}

/**
 * GET /meetings/:meetingId/pdf: the printable record, read through meeting.get, so the same
 * permission and scope apply and the download counts as opening the record.
 */
export async function meetingPdfRoute(
  request: Request,
  meetingId: string,
  callerFor: () => Promise<Caller> = serverCaller,
): Promise<Response> {
  try {
    const meeting = await (await callerFor()).meeting.get({ meetingId });
    const pdf = await renderMeetingPdf(meeting);
    return new Response(new Uint8Array(pdf), {
      headers: {
        ...PRIVATE,
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="student-meeting-${meeting.reference}.pdf"`,
      },
    });
  } catch (error) {
    return refusal(error, "meeting PDF");
  }
}

function calendarResponse(ics: string, filename: string): Response {
  return new Response(ics, {
    headers: {
      ...PRIVATE,
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
    },
  });
}

/** GET /meetings/:meetingId/calendar.ics: the meeting and its review date. */
export async function meetingCalendarRoute(
  request: Request,
  meetingId: string,
  callerFor: () => Promise<Caller> = serverCaller,
): Promise<Response> {
  try {
    const entries = await (await callerFor()).meeting.calendar({ meetingId });
    const origin = new URL(request.url).origin;
    const ics = calendarFile(entries, origin, "CAP student meeting");
    return calendarResponse(ics, "cap-student-meeting.ics");
  } catch (error) {
    return refusal(error, "meeting calendar");
  }
}

/** GET /meetings/calendar.ics: the caller's upcoming review meetings. */
export async function reviewCalendarRoute(
  request: Request,
  callerFor: () => Promise<Caller> = serverCaller,
): Promise<Response> {
  try {
    const entries = await (await callerFor()).meeting.reviewCalendar();
    const origin = new URL(request.url).origin;
    const ics = calendarFile(entries, origin, "CAP review meetings");
    return calendarResponse(ics, "cap-review-meetings.ics");
  } catch (error) {
    return refusal(error, "review calendar");
  }
}
