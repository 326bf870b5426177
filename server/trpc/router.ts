import { createRouter } from "./init";
import { allegationRouter } from "./routers/allegation";
import { behaviourRouter } from "./routers/behaviour";
import { changeOfDayRouter } from "./routers/change-of-day";
import { concernRouter } from "./routers/concern";
import { courseRouter } from "./routers/course";
import { dashboardRouter } from "./routers/dashboard";
import { meetingRouter } from "./routers/meeting";
import { notificationRouter } from "./routers/notification";
import {
  exploitationRouter,
  onwardRouter,
  policeIntelligenceRouter,
  preventRouter,
} from "./routers/onward";
import { placementRouter } from "./routers/placement";
import { referralRouter } from "./routers/referral";
import { registerRouter } from "./routers/register";
import { qualityRequirementRouter, reviewRouter } from "./routers/review";
import { safeguardingContactRouter } from "./routers/safeguarding-contact";
import { studentRouter } from "./routers/student";
import { withdrawalRouter } from "./routers/withdrawal";

/** The whole API. Each domain router lives in server/trpc/routers/<domain>.ts. */
export const appRouter = createRouter({
  allegation: allegationRouter,
  behaviour: behaviourRouter,
  changeOfDay: changeOfDayRouter,
  concern: concernRouter,
  course: courseRouter,
  dashboard: dashboardRouter,
  exploitation: exploitationRouter,
  meeting: meetingRouter,
  notification: notificationRouter,
  onward: onwardRouter,
  placement: placementRouter,
  policeIntelligence: policeIntelligenceRouter,
  prevent: preventRouter,
  qualityRequirement: qualityRequirementRouter,
  referral: referralRouter,
  register: registerRouter,
  review: reviewRouter,
  safeguardingContact: safeguardingContactRouter,
  student: studentRouter,
  withdrawal: withdrawalRouter,
});

export type AppRouter = typeof appRouter;
