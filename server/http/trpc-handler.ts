import "server-only";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { currentSession } from "@/server/auth/current-session";
import { getDb } from "@/server/db";
import { createContext } from "@/server/trpc/context";
import { appRouter } from "@/server/trpc/router";

/** The /api/trpc route: builds each request's context from the server-side session. */
export function handleTrpcRequest(request: Request): Promise<Response> {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    // Answers carry case records: never keep them in a shared or browser cache.
    responseMeta: () => ({ headers: new Headers({ "Cache-Control": "private, no-store" }) }),
    async createContext() {
      const session = await currentSession();
      return createContext(await getDb(), session?.actor ?? null);
    },
  });
}
