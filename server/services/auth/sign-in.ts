import bcrypt from "bcryptjs";
import { recordAudit } from "@/server/audit/record-audit";
import { effectiveRoles, type Actor } from "@/server/auth/roles";
import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { clearAttempts, takeAttempt } from "./throttle";

export interface SignInOptions {
  db: PrismaClient;
  email: string;
  password: string;
  now?: Date;
}

export interface SignedIn {
  sessionId: string;
  actor: Actor;
  name: string;
  email: string;
}

// Compared against when the e-mail is unknown, so a miss takes as long as a wrong password.
const DUMMY_HASH = "$2b$12$VW2oJ/8EwDzXrKBWFTHjH.oi4YJCdPWC16GvHNrVCddw6kX/6DkEK";

/**
 * Checks an e-mail and password. Returns null for a wrong pair (the page says only that the
 * details were not recognised); throws TOO_MANY_REQUESTS while the address is locked.
 */
export async function signIn({
  db,
  email,
  password,
  now = new Date(),
}: SignInOptions): Promise<SignedIn | null> {
  const address = email.trim().toLowerCase();
  if (!(await takeAttempt(db, address, now))) {
    throw new AppError("TOO_MANY_REQUESTS", "Too many failed attempts. Try again in 15 minutes.");
  }

  const user = await db.user.findUnique({
    where: { email: address },
    include: { organisation: true },
  });
  const matches = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !matches || user.deactivatedAt || user.organisation.closedAt) {
    return null;
  }

  const actor: Actor = {
    userId: user.id,
    organisationId: user.organisationId,
    organisationKind: user.organisation.kind,
    roles: effectiveRoles(user.organisation.kind, user.roles),
  };
  await clearAttempts(db, address);
  const session = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    const created = await tx.userSession.create({
      data: { userId: user.id, createdAt: now, lastSeenAt: now },
    });
    await recordAudit(tx, actor, {
      action: "session.start",
      recordType: "UserSession",
      recordId: created.id,
    });
    return created;
  });

  return { sessionId: session.id, actor, name: user.name, email: user.email };
}
