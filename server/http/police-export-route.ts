import "server-only";
import { TRPCError } from "@trpc/server";
import { logger } from "@/server/logger";
import { serverCaller } from "@/server/trpc/server-caller";
import { renderPoliceExport } from "./police-export-document";
import { seeOther } from "./see-other";

const HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  // A case record: never cached. The document runs nothing and fetches nothing.
  "Cache-Control": "private, no-store",
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

const NOT_FOUND_PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>Page not found – CAP Portal</title></head><body><main><h1>Page not found</h1>
<p>Check that the web address is complete and correct.</p>
<p><a href="/dashboard">Go to your dashboard</a></p></main></body></html>`;

const MISSING = new Set(["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN"]);

/**
 * GET …/police-intelligence/:reportId/export: the report for the police as a printable page.
 * Read through the same procedure as every other call, so the same checks and the same
 * audit row apply; "not yours" and "not there" both answer 404.
 */
export async function policeExportRoute(
  concernId: string,
  reportId: string,
): Promise<Response> {
  try {
    const caller = await serverCaller();
    const report = await caller.policeIntelligence.export({ concernId, reportId });
    const back = `/concerns/${concernId}/police-intelligence/${reportId}`;
    return new Response(renderPoliceExport(report, back), { headers: HEADERS });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") {
      return seeOther("/sign-in?ended=1");
    }
    if (error instanceof TRPCError && MISSING.has(error.code)) {
      return new Response(NOT_FOUND_PAGE, { status: 404, headers: HEADERS });
    }
    logger.error({ err: error }, "police intelligence export failed");
    throw error;
  }
}
