import { createRouter } from "./init";
import { allegationRouter } from "./routers/allegation";
import { concernRouter } from "./routers/concern";
import { courseRouter } from "./routers/course";
import { dashboardRouter } from "./routers/dashboard";
import { notificationRouter } from "./routers/notification";
import { placementRouter } from "./routers/placement";
import { referralRouter } from "./routers/referral";
import { safeguardingContactRouter } from "./routers/safeguarding-contact";
import { studentRouter } from "./routers/student";

/** The whole API. Each domain router lives in server/trpc/routers/<domain>.ts. */
export const appRouter = createRouter({
  allegation: allegationRouter,
  concern: concernRouter,
  course: courseRouter,
  dashboard: dashboardRouter,
  notification: notificationRouter,
  placement: placementRouter,
  referral: referralRouter,
  safeguardingContact: safeguardingContactRouter,
  student: studentRouter,
});

export type AppRouter = typeof appRouter;
