/**
 * Next.js calls `register` once when a server process starts. Scheduled jobs run only in
 * the Node.js runtime (they open the database), never in the edge runtime of the proxy.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") {
    return;
  }
  const { startEscalationSchedule } = await import("@/server/jobs/escalation-schedule");
  startEscalationSchedule();
}
