import "server-only";
import { currentSession } from "@/server/auth/current-session";
import { getDb } from "@/server/db";
import { createContext } from "./context";
import { createCallerFactory } from "./init";
import { appRouter } from "./router";

const createCaller = createCallerFactory(appRouter);

/**
 * The API for server components: the same procedures, permission checks and organisation
 * scope as the browser's calls, for the person signed in on this request.
 */
export async function serverCaller() {
  const session = await currentSession();
  return createCaller(createContext(await getDb(), session?.actor ?? null));
}
