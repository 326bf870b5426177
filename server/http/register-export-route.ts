import "server-only";
import { TRPCError } from "@trpc/server";
import { logger } from "@/server/logger";
import { serverCaller } from "@/server/trpc/server-caller";

const REFUSED = new Set(["NOT_FOUND", "FORBIDDEN"]);

/**
 * GET /attendance/export?from=…&to=…: the school's register marks as a CSV attachment, read
 * through the register.export procedure so the same permission, scope and audit apply.
 * Bad dates go back to the form, which names the field; a role that may not export gets 404.
 */
export async function registerExportRoute(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const from = url.searchParams.get("from") ?? "";
  const to = url.searchParams.get("to") ?? "";
  try {
    const caller = await serverCaller();
    const { filename, csv } = await caller.register.export({ from, to });
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") {
      return Response.redirect(new URL("/sign-in?ended=1", request.url), 303);
    }
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") {
      const back = new URL("/attendance", request.url);
      back.search = url.search;
      return Response.redirect(back, 303);
    }
    if (error instanceof TRPCError && REFUSED.has(error.code)) {
      return new Response("Page not found", { status: 404 });
    }
    logger.error({ err: error }, "register export failed");
    throw error;
  }
}
