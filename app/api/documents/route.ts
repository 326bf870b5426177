import { uploadDocumentRoute } from "@/server/http/document-routes";

export const runtime = "nodejs";

export function POST(request: Request) {
  return uploadDocumentRoute(request);
}
