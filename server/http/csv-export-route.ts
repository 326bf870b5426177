import "server-only";
import { TRPCError } from "@trpc/server";
import { logger } from "@/server/logger";
import { seeOther } from "./see-other";

const REFUSED = new Set(["NOT_FOUND", "FORBIDDEN"]);

export interface DateRange {
  from: string;
  to: string;
}

interface CsvExport {
  /** Reads the CSV through a tRPC procedure, so its permission, scope and audit apply. */
  exportCsv: (range: DateRange) => Promise<{ filename: string; csv: string }>;
  /** The page with the export's form, where bad dates go back to be named by field. */
  formPath: string;
  /** A query flag the form reads to show that the export was refused. */
  errorFlag?: string;
  /** What is exported, for the log. */
  what: string;
}

/**
 * GET <export>?from=…&to=…: a CSV attachment over a date range. Signed out goes to sign-in,
 * bad dates back to the form, a role that may not export gets 404 like a missing page.
 */
export async function csvExportRoute(request: Request, options: CsvExport): Promise<Response> {
  const { exportCsv, formPath, errorFlag, what } = options;
  const url = new URL(request.url);
  const range = { from: url.searchParams.get("from") ?? "", to: url.searchParams.get("to") ?? "" };
  try {
    const { filename, csv } = await exportCsv(range);
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
      return seeOther("/sign-in?ended=1");
    }
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") {
      const query = new URLSearchParams(url.search);
      if (errorFlag) {
        query.set(errorFlag, "1");
      }
      return seeOther(`${formPath}?${query}`);
    }
    if (error instanceof TRPCError && REFUSED.has(error.code)) {
      return new Response("Page not found", { status: 404 });
    }
    logger.error({ err: error, export: what }, "export failed");
    throw error;
  }
}
