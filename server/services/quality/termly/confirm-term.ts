import { formatDate, ukToday } from "@/lib/dates";
import type { Actor } from "@/server/auth/roles";
import { recordAudit } from "@/server/audit/record-audit";
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import { activeChecklist } from "./manage-checklist";
import { currentTerm } from "./school-term";

interface Options {
  db: PrismaClient;
  actor: Actor;
  input: { ticked: string[]; note?: string };
  now?: Date;
}

/**
 * The signed-in provider confirms the current term: every active checklist item ticked,
 * stored with the words as they read today. The provider and the term come from the
 * session and the calendar, never from the input, so nobody confirms for another provider
 * or another term. One confirmation per provider per term.
 */
export async function confirmTerm({ db, actor, input, now = new Date() }: Options) {
  const term = currentTerm(ukToday(now));
  if (!term) {
    throw new AppError("CONFLICT", "No school term has begun yet: there is nothing to confirm");
  }
  const providerId = actor.organisationId;

  const confirmation = await db.$transaction(async (tx) => {
    const items = await activeChecklist(tx);
    assertEveryItemTicked(items, input.ticked);
    await assertNotYetConfirmed(tx, providerId, term.name);
    const created = await tx.termlyConfirmation.create({
      data: {
        providerId,
        term: term.name,
        confirmedItems: items.map((item) => item.text),
        note: input.note,
        confirmedById: actor.userId,
        confirmedAt: now,
      },
      select: { id: true, term: true },
    });
    await recordAudit(tx, actor, {
      action: "termly.confirm",
      recordType: "TermlyConfirmation",
      recordId: created.id,
      detail: { term: term.name, items: items.length },
    });
    return created;
  });

  return { confirmationId: confirmation.id, term: confirmation.term };
}

/** Every active item ticked, and nothing ticked that is no longer on the checklist. */
function assertEveryItemTicked(items: { id: string; text: string }[], ticked: string[]) {
  if (items.length === 0) {
    throw new AppError("CONFLICT", "The service has not set a checklist to confirm yet");
  }
  const active = new Set(items.map((item) => item.id));
  if (ticked.some((id) => !active.has(id))) {
    throw AppError.invalid(
      "ticked",
      "The checklist has changed since you opened it. Read it again and tick each statement",
    );
  }
  const missing = items.find((item) => !ticked.includes(item.id));
  if (missing) {
    throw AppError.invalid("ticked", `Tick "${missing.text}" to confirm the term`);
  }
}

async function assertNotYetConfirmed(
  tx: Prisma.TransactionClient,
  providerId: string,
  term: string,
) {
  const existing = await tx.termlyConfirmation.findUnique({
    where: { providerId_term: { providerId, term } },
    select: { confirmedAt: true, confirmedBy: { select: { name: true } } },
  });
  if (existing) {
    throw new AppError(
      "CONFLICT",
      `Your organisation has already confirmed ${term}: ${existing.confirmedBy.name} did on ` +
        `${formatDate(existing.confirmedAt)}`,
    );
  }
}
