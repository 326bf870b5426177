import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { getDb } from "@/server/db";
import { resolveSession, type ResolvedSession } from "@/server/services/auth/resolve-session";
import { nextAuthOptions } from "./next-auth-options";

/** The signed-in person for this request, or null. Cached per request for server components. */
export const currentSession = cache(async (): Promise<ResolvedSession | null> => {
  const session = await getServerSession(nextAuthOptions);
  if (!session?.sessionId) {
    return null;
  }
  return resolveSession(await getDb(), session.sessionId);
});
