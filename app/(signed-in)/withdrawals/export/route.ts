import { withdrawalExportRoute } from "@/server/http/withdrawal-export-route";

export const runtime = "nodejs";

export function GET(request: Request) {
  return withdrawalExportRoute(request);
}
