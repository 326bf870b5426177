import "server-only";
import { serverCaller } from "@/server/trpc/server-caller";
import { csvExportRoute } from "./csv-export-route";

/** GET /withdrawals/export?from=…&to=…: processed withdrawals for the back office, as CSV. */
export function withdrawalExportRoute(request: Request): Promise<Response> {
  return csvExportRoute(request, {
    exportCsv: async (range) => (await serverCaller()).withdrawal.export(range),
    formPath: "/withdrawals",
    errorFlag: "exportError",
    what: "withdrawals",
  });
}
