import { createRouter } from "./init";
import { concernRouter } from "./routers/concern";
import { courseRouter } from "./routers/course";
import { dashboardRouter } from "./routers/dashboard";
import { notificationRouter } from "./routers/notification";
import { placementRouter } from "./routers/placement";
import { referralRouter } from "./routers/referral";
import { registerRouter } from "./routers/register";
import { safeguardingContactRouter } from "./routers/safeguarding-contact";
import { studentRouter } from "./routers/student";

/** The whole API. Each domain router lives in server/trpc/routers/<domain>.ts. */
export const appRouter = createRouter({
  concern: concernRouter,
  course: courseRouter,
  dashboard: dashboardRouter,
  notification: notificationRouter,
  placement: placementRouter,
  referral: referralRouter,
  register: registerRouter,
  safeguardingContact: safeguardingContactRouter,
  student: studentRouter,
});

export type AppRouter = typeof appRouter;
