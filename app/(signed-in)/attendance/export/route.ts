import { registerExportRoute } from "@/server/http/register-export-route";

export const runtime = "nodejs";

export function GET(request: Request) {
  return registerExportRoute(request);
}
