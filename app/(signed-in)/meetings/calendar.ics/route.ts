import { reviewCalendarRoute } from "@/server/http/meeting-routes";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return reviewCalendarRoute(request);
}
