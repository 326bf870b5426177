import { judgeSession } from "@/server/auth/session-policy";
import { effectiveRoles, type Actor } from "@/server/auth/roles";
import type { PrismaClient } from "@/server/db/generated/client";

// Writing lastSeenAt on every request would double the writes for nothing; a minute's
// precision is plenty for a 30-minute idle limit.
const TOUCH_INTERVAL_MS = 60 * 1000;

export interface ResolvedSession {
  actor: Actor;
  name: string;
  email: string;
  organisationName: string;
}

/**
 * Turns a session id from the JWT into the person acting, or null when the session has
 * ended, expired or its user was deactivated. Roles are read fresh from the database, so a
 * role removed by an admin stops working at the next request.
 */
export async function resolveSession(
  db: PrismaClient,
  sessionId: string,
  now = new Date(),
): Promise<ResolvedSession | null> {
  const session = await db.userSession.findUnique({
    where: { id: sessionId },
    include: { user: { include: { organisation: true } } },
  });
  if (
    !session ||
    session.endedAt ||
    session.user.deactivatedAt ||
    session.user.organisation.closedAt
  ) {
    return null;
  }

  const { user } = session;
  const roles = effectiveRoles(user.organisation.kind, user.roles);
  const verdict = judgeSession(roles, session, now);
  if (!verdict.valid) {
    await db.userSession.update({
      where: { id: session.id },
      data: { endedAt: now, endReason: verdict.reason },
    });
    return null;
  }

  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.userSession.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  const actor: Actor = {
    userId: user.id,
    organisationId: user.organisationId,
    organisationKind: user.organisation.kind,
    roles,
  };
  return { actor, name: user.name, email: user.email, organisationName: user.organisation.name };
}

export async function endSession(
  db: PrismaClient,
  sessionId: string,
  now = new Date(),
): Promise<void> {
  await db.$transaction(async (tx) => {
    const session = await tx.userSession.findUnique({ where: { id: sessionId } });
    const ended = await tx.userSession.updateMany({
      where: { id: sessionId, endedAt: null },
      data: { endedAt: now, endReason: "SIGNED_OUT" },
    });
    if (session && ended.count === 1) {
      await tx.auditEvent.create({
        data: {
          actorUserId: session.userId,
          action: "session.end",
          recordType: "UserSession",
          recordId: sessionId,
          at: now,
        },
      });
    }
  });
}
