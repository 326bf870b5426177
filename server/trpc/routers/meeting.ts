import {
  meetingFormSchema,
  meetingIdSchema,
  meetingListSchema,
  meetingRecordSchema,
  targetReviewSchema,
} from "@/lib/schemas/meeting";
import { meetingCalendar, reviewCalendar } from "@/server/services/meetings/meeting-calendar";
import { meetingForm } from "@/server/services/meetings/meeting-form";
import { getMeeting, listMeetings } from "@/server/services/meetings/read-meetings";
import { recordMeeting } from "@/server/services/meetings/record-meeting";
import { reviewTarget } from "@/server/services/meetings/review-target";
import { createRouter, procedureFor } from "../init";

export const meetingRouter = createRouter({
  form: procedureFor("meeting.record")
    .input(meetingFormSchema)
    .query(({ ctx, input }) => meetingForm({ db: ctx.db, actor: ctx.actor, ...input })),

  record: procedureFor("meeting.record")
    .input(meetingRecordSchema)
    .mutation(({ ctx, input }) => recordMeeting({ db: ctx.db, actor: ctx.actor, input })),

  list: procedureFor("meeting.list")
    .input(meetingListSchema)
    .query(({ ctx, input }) => listMeetings({ db: ctx.db, actor: ctx.actor, input })),

  /** Opening the record: the first opening by each person is recorded. */
  get: procedureFor("meeting.read")
    .input(meetingIdSchema)
    .query(({ ctx, input }) => getMeeting({ db: ctx.db, actor: ctx.actor, ...input })),

  reviewTarget: procedureFor("meeting.reviewTarget")
    .input(targetReviewSchema)
    .mutation(({ ctx, input }) => reviewTarget({ db: ctx.db, actor: ctx.actor, input })),

  /** Calendar events of one meeting (reference and initials only; not a reading of it). */
  calendar: procedureFor("meeting.read")
    .input(meetingIdSchema)
    .query(({ ctx, input }) => meetingCalendar({ db: ctx.db, actor: ctx.actor, ...input })),

  /** The caller's upcoming reviews as calendar events. */
  reviewCalendar: procedureFor("meeting.list").query(({ ctx }) =>
    reviewCalendar({ db: ctx.db, actor: ctx.actor }),
  ),
});
