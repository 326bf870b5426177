import { createRouter } from "./init";
import { allegationRouter } from "./routers/allegation";
import { behaviourRouter } from "./routers/behaviour";
import { changeOfDayRouter } from "./routers/change-of-day";
import { concernRouter } from "./routers/concern";
import { consentRouter } from "./routers/consent";
import { courseRouter } from "./routers/course";
import { courseConfirmationRouter } from "./routers/course-confirmation";
import { dashboardRouter } from "./routers/dashboard";
import { indicatorRouter } from "./routers/indicator";
import { meetingRouter } from "./routers/meeting";
import { notificationRouter } from "./routers/notification";
import {
  exploitationRouter,
  onwardRouter,
  policeIntelligenceRouter,
  preventRouter,
} from "./routers/onward";
import { placementRouter } from "./routers/placement";
import { qualityActionRouter } from "./routers/quality-action";
import { policyRouter } from "./routers/policy";
import { referralRouter } from "./routers/referral";
import { registerRouter } from "./routers/register";
import { qualityRequirementRouter, reviewRouter } from "./routers/review";
import { safeguardingContactRouter } from "./routers/safeguarding-contact";
import { staffCheckRouter } from "./routers/staff-check";
import { studentRouter } from "./routers/student";
import { surveyRouter } from "./routers/survey";
import { termlyRouter } from "./routers/termly";
import { withdrawalRouter } from "./routers/withdrawal";

/** The whole API. Each domain router lives in server/trpc/routers/<domain>.ts. */
export const appRouter = createRouter({
  allegation: allegationRouter,
  behaviour: behaviourRouter,
  changeOfDay: changeOfDayRouter,
  concern: concernRouter,
  consent: consentRouter,
  course: courseRouter,
  courseConfirmation: courseConfirmationRouter,
  dashboard: dashboardRouter,
  exploitation: exploitationRouter,
  indicator: indicatorRouter,
  meeting: meetingRouter,
  notification: notificationRouter,
  onward: onwardRouter,
  placement: placementRouter,
  policy: policyRouter,
  policeIntelligence: policeIntelligenceRouter,
  prevent: preventRouter,
  qualityAction: qualityActionRouter,
  qualityRequirement: qualityRequirementRouter,
  referral: referralRouter,
  register: registerRouter,
  review: reviewRouter,
  safeguardingContact: safeguardingContactRouter,
  staffCheck: staffCheckRouter,
  student: studentRouter,
  survey: surveyRouter,
  termly: termlyRouter,
  withdrawal: withdrawalRouter,
});

export type AppRouter = typeof appRouter;
