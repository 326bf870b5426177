import "server-only";
import { serverCaller } from "@/server/trpc/server-caller";
import { csvExportRoute } from "./csv-export-route";

/** GET /attendance/export?from=…&to=…: the school's register marks for its MIS, as CSV. */
export function registerExportRoute(request: Request): Promise<Response> {
  return csvExportRoute(request, {
    exportCsv: async (range) => (await serverCaller()).register.export(range),
    formPath: "/attendance",
    what: "register marks",
  });
}
