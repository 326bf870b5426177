import { redirect } from "next/navigation";
import { currentSession } from "@/server/auth/current-session";

/** The service's front door: the dashboard when signed in, otherwise sign in. */
export default async function HomePage() {
  const session = await currentSession();
  redirect(session ? "/dashboard" : "/sign-in");
}
