import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import { studentScope } from "@/server/auth/scope";
import type { AllegationStatus, Prisma, PrismaClient } from "@/server/db/generated/client";
import {
  allegationAccess,
  allegationScope,
  findAllegationInScope,
  isLead,
} from "./allegation-access";

export const ALLEGATION_PAGE_SIZE = 25;

export interface ListAllegationsOptions {
  db: PrismaClient;
  actor: Actor;
  status?: AllegationStatus;
  page: number;
}

const LIST_ROW = {
  id: true,
  reference: true,
  status: true,
  reportedAt: true,
  occurredAt: true,
  adultName: true,
  adultRole: true,
  outcome: true,
  employer: { select: { id: true, name: true, kind: true } },
} satisfies Prisma.AllegationSelect;

/**
 * The lead's allegations, or the reporter's own: open ones first, newest first within each.
 * A list names the adult, so it is a read of each allegation on it and is audited as one.
 */
export async function listAllegations(options: ListAllegationsOptions) {
  const { db, actor, status, page } = options;
  const where: Prisma.AllegationWhereInput = {
    AND: [allegationScope(actor), status ? { status } : {}],
  };

  return db.$transaction(async (tx) => {
    // One after the other: a transaction runs on one connection.
    const total = await tx.allegation.count({ where });
    const rows = await tx.allegation.findMany({
      where,
      orderBy: [{ status: "asc" }, { reportedAt: "desc" }],
      skip: (page - 1) * ALLEGATION_PAGE_SIZE,
      take: ALLEGATION_PAGE_SIZE,
      select: LIST_ROW,
    });
    if (rows.length > 0) {
      await recordAudit(tx, actor, {
        action: "allegation.list",
        recordType: "Allegation",
        recordId: "list",
        detail: { allegationIds: rows.map((row) => row.id) },
      });
    }
    // The reporter learns whether it is open or closed, not the outcome (allegation-access.ts).
    const visible = isLead(actor) ? rows : rows.map((row) => ({ ...row, outcome: null }));
    return { total, page, pageSize: ALLEGATION_PAGE_SIZE, rows: visible };
  });
}

/** How many allegations are open: the lead's dashboard count. */
export async function countOpenAllegations({ db, actor }: { db: PrismaClient; actor: Actor }) {
  const open = await db.allegation.count({
    where: { AND: [allegationScope(actor), { status: "OPEN" }] },
  });
  return { open };
}

function fullInclude(actor: Actor) {
  return {
    reportedBy: { select: { id: true, name: true } },
    employer: { select: { id: true, name: true, kind: true } },
    // A linked student the reader may not see stays unnamed.
    students: {
      where: studentScope(actor),
      select: { id: true, legalFirstName: true, legalLastName: true, preferredName: true },
    },
    entries: {
      orderBy: { createdAt: "asc" },
      include: { author: { select: { id: true, name: true } } },
    },
    assessments: { orderBy: { recordedAt: "asc" } },
    consultations: { orderBy: { recordedAt: "asc" } },
  } satisfies Prisma.AllegationInclude;
}

/**
 * One allegation, and an audit row saying who read it. The reporter reads back what they
 * reported, their own additions and whether it is open or closed; the thresholds, the LADO's
 * advice and the outcome are the lead's alone.
 */
export async function getAllegation(options: {
  db: PrismaClient;
  actor: Actor;
  allegationId: string;
}) {
  const { db, actor, allegationId } = options;

  return db.$transaction(async (tx) => {
    const allegation = await findAllegationInScope(tx, actor, allegationId, fullInclude(actor));
    // allegationScope found it, so access is never null; should the two rules ever disagree,
    // the narrower view is the safe one.
    const access = allegationAccess(actor, allegation) ?? "REPORTER";

    await recordAudit(tx, actor, {
      action: "allegation.read",
      recordType: "Allegation",
      recordId: allegation.id,
      detail: { access },
    });
    if (access === "LEAD") {
      return { access, ...allegation };
    }
    return {
      access,
      ...allegation,
      entries: allegation.entries.filter((entry) => entry.authorId === actor.userId),
      assessments: [],
      consultations: [],
      outcome: null,
      outcomeOn: null,
      outcomeRationale: null,
      outcomeRecordedById: null,
    };
  });
}
