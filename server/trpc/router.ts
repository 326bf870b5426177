import { createRouter } from "./init";
import { courseRouter } from "./routers/course";
import { dashboardRouter } from "./routers/dashboard";
import { notificationRouter } from "./routers/notification";
import { placementRouter } from "./routers/placement";
import { referralRouter } from "./routers/referral";
import { studentRouter } from "./routers/student";

/** The whole API. Each domain router lives in server/trpc/routers/<domain>.ts. */
export const appRouter = createRouter({
  course: courseRouter,
  dashboard: dashboardRouter,
  notification: notificationRouter,
  placement: placementRouter,
  referral: referralRouter,
  student: studentRouter,
});

export type AppRouter = typeof appRouter;
