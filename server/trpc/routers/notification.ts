import { z } from "zod";
import { idSchema } from "@/lib/schemas/common";
import {
  countUnreadNotifications,
  listNotifications,
  markNotificationRead,
} from "@/server/services/notifications/user-notifications";
import { createRouter, procedureFor } from "../init";

export const notificationRouter = createRouter({
  list: procedureFor("notification.list").query(({ ctx }) =>
    listNotifications({ db: ctx.db, actor: ctx.actor }),
  ),

  unreadCount: procedureFor("notification.list").query(({ ctx }) =>
    countUnreadNotifications({ db: ctx.db, actor: ctx.actor }),
  ),

  markRead: procedureFor("notification.markRead")
    .input(z.object({ notificationId: idSchema }))
    .mutation(({ ctx, input }) =>
      markNotificationRead({ db: ctx.db, actor: ctx.actor, notificationId: input.notificationId }),
    ),
});
