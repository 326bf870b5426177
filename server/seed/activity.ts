import type { Prisma } from "@/server/db/generated/client";
import { formatDate } from "@/lib/dates";
import { momentOn } from "./calendar";
import { newId, type SeedContext } from "./context";
import type { SeedOrganisations } from "./organisations";
import type { SeedPeople } from "./people";
import type { ReferralRecords } from "./referrals";
import type { AuditRow, NotificationRow, ReferralRow, StudentRow } from "./rows";

const DAY_MS = 86_400_000;

/**
 * The outcome notice each school received when the service admin processed a response,
 * as the live process sends it. Older notices have been read; the last week's have not.
 */
export function buildNotifications(
  ctx: SeedContext,
  orgs: SeedOrganisations,
  people: SeedPeople,
  records: ReferralRecords,
): NotificationRow[] {
  const referralById = new Map(records.referrals.map((referral) => [referral.id, referral]));
  const names = nameLookup(orgs);
  const recentSince = momentOn(ctx.today - 7, 0);
  return records.responses.flatMap((response) => {
    const referral = referralById.get(response.referralId);
    const processedAt = response.processedAt as Date | null;
    if (!referral || !processedAt) {
      return [];
    }
    const content = outcomeNotice(referral, response.confirmedStartDate as Date | null, names);
    const readAt = processedAt < recentSince ? new Date(processedAt.getTime() + DAY_MS) : null;
    return (people.byOrganisation.get(referral.schoolId) ?? []).map((user) => ({
      id: newId(ctx),
      userId: user.id,
      ...content,
      createdAt: processedAt,
      readAt,
    }));
  });
}

function nameLookup(orgs: SeedOrganisations) {
  const providers = new Map(orgs.providers.map((provider) => [provider.id, provider.name]));
  const courses = new Map(orgs.courses.map((course) => [course.id, course.title]));
  return { providers, courses };
}

function outcomeNotice(
  referral: ReferralRow,
  start: Date | null,
  names: ReturnType<typeof nameLookup>,
) {
  const provider = names.providers.get(referral.providerId);
  const course = names.courses.get(referral.courseId);
  const placed = referral.status === "PLACED";
  const body = placed
    ? `${provider} accepted the referral to ${course}. The placement starts on ` +
      `${start ? formatDate(start) : "the agreed date"}.`
    : `${provider} declined the referral to ${course}. The referral is closed; the ` +
      "provider's explanation is on the referral.";
  return {
    kind: placed ? "referral.placed" : "referral.closed",
    title: `Referral ${referral.reference} ${placed ? "accepted" : "declined"}`,
    body,
    link: `/referrals/${referral.id}`,
  };
}

interface AuditSource {
  at: Date;
  actorUserId: string;
  action: string;
  recordType: string;
  recordId: string;
  detail?: Prisma.InputJsonValue;
}

/**
 * The audit trail the live services would have written for the seeded records, with the
 * same action names, so a record's history reads the same whether seeded or made by hand.
 */
export function buildAuditTrail(
  ctx: SeedContext,
  people: SeedPeople,
  students: StudentRow[],
  records: ReferralRecords,
): AuditRow[] {
  const organisationOf = new Map(people.users.map((user) => [user.id, user.organisationId]));
  const sources = [...studentEvents(students), ...referralEvents(records)];
  sources.sort((a, b) => a.at.getTime() - b.at.getTime());
  return sources.map(({ at, actorUserId, ...event }) => ({
    id: newId(ctx),
    at,
    actorUserId,
    actorOrganisationId: organisationOf.get(actorUserId) ?? null,
    ...event,
  }));
}

function studentEvents(students: StudentRow[]): AuditSource[] {
  return students.map((student) => ({
    at: student.createdAt as Date,
    actorUserId: student.createdById as string,
    action: "student.create",
    recordType: "Student",
    recordId: student.id,
  }));
}

function referralEvents(records: ReferralRecords): AuditSource[] {
  const onReferral = (at: Date, actorUserId: string, action: string, id: string) => ({
    at,
    actorUserId,
    action,
    recordType: "Referral",
    recordId: id,
  });
  const events: AuditSource[] = records.referrals.map((referral) => ({
    ...onReferral(referral.createdAt, referral.createdById, "referral.create", referral.id),
    detail: { courseId: referral.courseId, studentId: referral.studentId },
  }));
  for (const { receivedAt, receivedById, referralId, kind } of records.paperwork) {
    if (receivedAt && receivedById) {
      const action = "referral.paperwork.received";
      const event = onReferral(receivedAt as Date, receivedById, action, referralId);
      events.push({ ...event, detail: { kind } });
    }
  }
  for (const { recordedAt, recordedById, referralId } of records.interviews) {
    const action = "referral.interview.record";
    events.push(onReferral(recordedAt as Date, recordedById, action, referralId));
  }
  events.push(...responseEvents(records, onReferral));
  return events;
}

function responseEvents(
  records: ReferralRecords,
  onReferral: (at: Date, actor: string, action: string, id: string) => AuditSource,
): AuditSource[] {
  const placementByReferral = new Map(records.placements.map((p) => [p.referralId, p]));
  return records.responses.flatMap((response) => {
    const { referralId, decision } = response;
    const answered = onReferral(
      response.respondedAt as Date,
      response.respondedById,
      "referral.respond",
      referralId,
    );
    const events: AuditSource[] = [{ ...answered, detail: { decision } }];
    if (!response.processedAt || !response.processedById) {
      return events;
    }
    const at = response.processedAt as Date;
    const placement = placementByReferral.get(referralId);
    const outcome = decision === "ACCEPTED" ? "PLACED" : "CLOSED";
    const processed = onReferral(at, response.processedById, "referral.process", referralId);
    events.push({ ...processed, detail: { outcome, placementId: placement?.id ?? null } });
    if (placement) {
      const created = { ...processed, action: "placement.create" };
      events.push({ ...created, recordType: "Placement", recordId: placement.id });
    }
    return events;
  });
}
