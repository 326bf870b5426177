import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import type { Role } from "@/server/auth/roles";
import { logger } from "@/server/logger";

export interface NotificationContent {
  kind: string;
  title: string;
  body: string;
  link?: string;
}

/**
 * Sends an in-app notification to every active user of an organisation (optionally only
 * those holding one of `roles`). Called after the change it reports has committed; a
 * failure here is logged and does not undo that change.
 */
export async function notifyOrganisation(
  db: PrismaClient,
  organisationId: string,
  content: NotificationContent,
  roles?: Role[],
): Promise<number> {
  return notifyUsers(db, { organisationId }, content, roles);
}

/** Notifies every active service user holding one of `roles` (e.g. all service admins). */
export async function notifyServiceRoles(
  db: PrismaClient,
  roles: Role[],
  content: NotificationContent,
): Promise<number> {
  return notifyUsers(db, { organisation: { kind: "SERVICE" } }, content, roles);
}

/** Notifies one person (e.g. the student's monitoring officer), if their account is active. */
export async function notifyUser(
  db: PrismaClient,
  userId: string,
  content: NotificationContent,
): Promise<number> {
  return notifyUsers(db, { id: userId }, content);
}

// Roles are matched here rather than with Prisma's `hasSome`: the PGlite adapter cannot pass
// an enum array as a query parameter ("malformed array literal"). The lists are small.
async function notifyUsers(
  db: PrismaClient,
  where: Prisma.UserWhereInput,
  content: NotificationContent,
  roles?: Role[],
): Promise<number> {
  const organisationId = typeof where.organisationId === "string" ? where.organisationId : null;
  try {
    const users = await db.user.findMany({
      where: { ...where, deactivatedAt: null },
      select: { id: true, roles: true },
    });
    const recipients = users.filter((user) => !roles || user.roles.some((r) => roles.includes(r)));
    const result = await db.notification.createMany({
      data: recipients.map((user) => ({ userId: user.id, ...content })),
    });
    return result.count;
  } catch (error) {
    logger.error({ err: error, organisationId, kind: content.kind }, "notification failed");
    return 0;
  }
}
