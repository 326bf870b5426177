import { meetingPdfRoute } from "@/server/http/meeting-routes";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(
  request: Request,
  { params }: { params: Promise<{ meetingId: string }> },
) {
  const { meetingId } = await params;
  return meetingPdfRoute(request, meetingId);
}
