import { policeExportRoute } from "@/server/http/police-export-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// A route, not a page: a page would sit inside the portal's header, which names the person
// signed in and their organisation, and nothing naming the supplier may reach the police.
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ concernId: string; reportId: string }> },
) {
  const { concernId, reportId } = await params;
  return policeExportRoute(concernId, reportId);
}
