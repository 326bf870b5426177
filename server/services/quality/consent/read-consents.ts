import { can } from "@/server/auth/permissions";
import type { Actor } from "@/server/auth/roles";
import { qualityProviderScope, studentScope } from "@/server/auth/scope";
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";

interface Options {
  db: PrismaClient;
  actor: Actor;
}

const INCLUDE = {
  provider: { select: { id: true, name: true } },
  student: { select: { id: true, legalFirstName: true, legalLastName: true, preferredName: true } },
  recordedBy: { select: { name: true } },
} satisfies Prisma.MediaConsentInclude;

type Loaded = Prisma.MediaConsentGetPayload<{ include: typeof INCLUDE }>;

/**
 * Whom a consent is for. A quality officer checks that providers keep consent but reads no
 * student's record (ADR 0003), so sees a student's initials; those who may read students
 * (the provider, the lead) see the name.
 */
function personOf(actor: Actor, consent: Loaded) {
  const { student } = consent;
  if (!student) {
    return { name: consent.personName ?? "", studentId: null };
  }
  const first = student.preferredName || student.legalFirstName;
  if (!can(actor.roles, "student.read")) {
    return {
      name: `Student ${first.charAt(0)}. ${student.legalLastName.charAt(0)}.`,
      studentId: null,
    };
  }
  return { name: `${first} ${student.legalLastName}`, studentId: student.id };
}

function shape(actor: Actor, consent: Loaded) {
  return {
    id: consent.id,
    provider: consent.provider,
    subject: consent.subject,
    person: personOf(actor, consent),
    photo: consent.photo,
    video: consent.video,
    givenBy: consent.givenBy,
    relationship: consent.relationship,
    givenOn: consent.givenOn,
    withdrawnOn: consent.withdrawnOn,
    withdrawnReason: consent.withdrawnReason,
    recordedBy: consent.recordedBy.name,
    recordedAt: consent.recordedAt,
  };
}

/** A provider's own consents; the service's quality roles see every provider's. */
export async function listConsents({ db, actor }: Options) {
  const consents = await db.mediaConsent.findMany({
    where: qualityProviderScope(actor),
    include: INCLUDE,
    orderBy: [{ provider: { name: "asc" } }, { givenOn: "desc" }],
  });
  return consents.map((consent) => shape(actor, consent));
}

export async function readConsent({ db, actor, consentId }: Options & { consentId: string }) {
  const consent = await db.mediaConsent.findFirst({
    where: { id: consentId, ...qualityProviderScope(actor) },
    include: INCLUDE,
  });
  if (!consent) {
    throw AppError.notFound("Consent record");
  }
  return shape(actor, consent);
}

/** The students a provider may record consent for: those referred to or placed with it. */
export async function consentStudentChoices({ db, actor }: Options) {
  const students = await db.student.findMany({
    where: studentScope(actor),
    select: { id: true, legalFirstName: true, legalLastName: true, preferredName: true },
    orderBy: [{ legalLastName: "asc" }, { legalFirstName: "asc" }],
  });
  return students.map((student) => ({
    id: student.id,
    name: `${student.preferredName || student.legalFirstName} ${student.legalLastName}`,
  }));
}
