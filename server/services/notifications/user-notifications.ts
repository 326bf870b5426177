import type { Actor } from "@/server/auth/roles";
import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";

interface Options {
  db: PrismaClient;
  actor: Actor;
}

/** The actor's own notifications, newest first, with the unread count. */
export async function listNotifications({ db, actor }: Options) {
  const where = { userId: actor.userId };
  const [unread, rows] = await Promise.all([
    db.notification.count({ where: { ...where, readAt: null } }),
    db.notification.findMany({ where, orderBy: { createdAt: "desc" }, take: 100 }),
  ]);
  return { unread, rows };
}

/** How many of the actor's notifications are unread, for the navigation badge. */
export async function countUnreadNotifications({ db, actor }: Options) {
  return { unread: await db.notification.count({ where: { userId: actor.userId, readAt: null } }) };
}

/** Marks one of the actor's notifications read. Someone else's answers NOT_FOUND. */
export async function markNotificationRead({
  db,
  actor,
  notificationId,
}: Options & { notificationId: string }) {
  const updated = await db.notification.updateMany({
    where: { id: notificationId, userId: actor.userId, readAt: null },
    data: { readAt: new Date() },
  });
  if (updated.count === 0) {
    const exists = await db.notification.count({
      where: { id: notificationId, userId: actor.userId },
    });
    if (!exists) {
      throw AppError.notFound("Notification");
    }
  }
  return { id: notificationId };
}
