import "server-only";
import { redirect } from "next/navigation";
import { currentSession } from "@/server/auth/current-session";
import type { ResolvedSession } from "@/server/services/auth/resolve-session";

/**
 * The signed-in person, for a server component under app/(signed-in)/. The proxy only checks
 * that a JWT exists; the server session behind it may have ended (signed out elsewhere,
 * idle or absolute limit, user deactivated), so every page asks the database again and
 * sends the person to sign in when it has.
 */
export async function requireSession(): Promise<ResolvedSession> {
  const session = await currentSession();
  if (!session) {
    redirect("/sign-in?ended=1");
  }
  return session;
}
