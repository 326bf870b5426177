import "server-only";
import { TRPCError } from "@trpc/server";
import { logger } from "@/server/logger";
import { serverCaller } from "@/server/trpc/server-caller";

const REFUSED = new Set(["NOT_FOUND", "FORBIDDEN"]);

/**
 * GET /withdrawals/export?from=…&to=…: processed withdrawals as a CSV attachment for the
 * back office, read through withdrawal.export so the same permission, scope and audit apply.
 * Bad dates go back to the list's form, which names the field; other roles get 404.
 */
export async function withdrawalExportRoute(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const from = url.searchParams.get("from") ?? "";
  const to = url.searchParams.get("to") ?? "";
  try {
    const caller = await serverCaller();
    const { filename, csv } = await caller.withdrawal.export({ from, to });
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
      const back = new URL("/withdrawals", request.url);
      back.search = url.search;
      back.searchParams.set("exportError", "1");
      return Response.redirect(back, 303);
    }
    if (error instanceof TRPCError && REFUSED.has(error.code)) {
      return new Response("Page not found", { status: 404 });
    }
    logger.error({ err: error }, "withdrawal export failed");
    throw error;
  }
}
