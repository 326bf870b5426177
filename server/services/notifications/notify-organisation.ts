import type { PrismaClient } from "@/server/db/generated/client";
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
  try {
    const users = await db.user.findMany({
      where: {
        organisationId,
        deactivatedAt: null,
        ...(roles ? { roles: { hasSome: roles } } : {}),
      },
      select: { id: true },
    });
    const result = await db.notification.createMany({
      data: users.map((user) => ({ userId: user.id, ...content })),
    });
    return result.count;
  } catch (error) {
    logger.error({ err: error, organisationId, kind: content.kind }, "notification failed");
    return 0;
  }
}
