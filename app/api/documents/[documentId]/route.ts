import { downloadDocumentRoute } from "@/server/http/document-routes";

export const runtime = "nodejs";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ documentId: string }> },
) {
  const { documentId } = await params;
  return downloadDocumentRoute(documentId);
}
