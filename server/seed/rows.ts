import type { Prisma } from "@/server/db/generated/client";
import type { ConcernCategory, Role, Weekday } from "@/server/db/generated/enums";

/**
 * Rows exactly as they go to `createMany`. The seed chooses every id itself (from the
 * seeded faker) so rows can point at each other before anything is written, and so two
 * runs give the same ids. Day lists are narrowed to plain arrays so builders can read them.
 */
type Row<T, Days extends keyof T = never> = Omit<T, "id" | Days> & { id: string } & {
  [K in Days]-?: Weekday[];
};

export type OrganisationRow = Row<Prisma.OrganisationCreateManyInput>;
export type UserRow = Omit<Row<Prisma.UserCreateManyInput>, "roles"> & { roles: Role[] };
export type CourseRow = Row<Prisma.CourseCreateManyInput, "daysOffered">;
export type StudentRow = Row<Prisma.StudentCreateManyInput>;
export type ContactRow = Row<Prisma.StudentContactCreateManyInput>;
export type ReferralRow = Row<Prisma.ReferralCreateManyInput, "requestedDays"> & {
  createdAt: Date;
};
export type PaperworkRow = Row<Prisma.PaperworkItemCreateManyInput>;
export type InterviewRow = Row<Prisma.InterviewCreateManyInput>;
export type ResponseRow = Row<Prisma.ApplicationResponseCreateManyInput, "confirmedDays">;
export type PlacementRow = Row<Prisma.PlacementCreateManyInput, "days">;
export type NotificationRow = Row<Prisma.NotificationCreateManyInput>;
export type AuditRow = Row<Prisma.AuditEventCreateManyInput>;
export type ConcernRow = Omit<Row<Prisma.ConcernCreateManyInput>, "categories"> & {
  categories: ConcernCategory[];
};
export type ConcernEntryRow = Row<Prisma.ConcernEntryCreateManyInput>;
export type ConcernDecisionRow = Row<Prisma.ConcernDecisionCreateManyInput>;
export type SchoolDslAlertRow = Row<Prisma.SchoolDslAlertCreateManyInput>;
export type SafeguardingContactRow = Row<Prisma.SafeguardingContactCreateManyInput>;
export type AllegationRow = Row<Prisma.AllegationCreateManyInput>;
export type AllegationAssessmentRow = Row<Prisma.AllegationAssessmentCreateManyInput>;
export type LadoConsultationRow = Row<Prisma.LadoConsultationCreateManyInput>;
export type RegisterMarkRow = Row<Prisma.RegisterMarkCreateManyInput>;
export type BehaviourIncidentRow = Row<Prisma.BehaviourIncidentCreateManyInput>;
export type BehaviourIncidentStudentRow = Row<Prisma.BehaviourIncidentStudentCreateManyInput>;
export type MeetingRow = Row<Prisma.StudentMeetingCreateManyInput>;
export type MeetingAttendeeRow = Row<Prisma.MeetingAttendeeCreateManyInput>;
export type MeetingTargetRow = Row<Prisma.MeetingTargetCreateManyInput>;
export type MeetingCopyRow = Row<Prisma.MeetingCopyCreateManyInput>;
export type MeetingReadRow = Row<Prisma.MeetingReadCreateManyInput>;
export type WithdrawalRequestRow = Row<Prisma.WithdrawalRequestCreateManyInput>;
export type WithdrawalPlacementRow = Row<Prisma.WithdrawalPlacementCreateManyInput, "days">;
export type ChangeOfDayRequestRow = Row<Prisma.ChangeOfDayRequestCreateManyInput>;
