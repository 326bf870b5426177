import { handleTrpcRequest } from "@/server/http/trpc-handler";

// The context (server/http/trpc-handler.ts) is built from currentSession() for each request:
// the database, not the JWT, decides who is acting.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleTrpcRequest(request);
}

export function POST(request: Request) {
  return handleTrpcRequest(request);
}
