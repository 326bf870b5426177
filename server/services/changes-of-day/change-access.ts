import type { Actor } from "@/server/auth/roles";
import { changeOfDayScope } from "@/server/auth/scope";
import type { ChangeOfDayRequest, Prisma } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";

type Db = Prisma.TransactionClient;

/** Open requests hold their placement day's slot (ADR 0013). */
export const OPEN_CHANGE = ["PROPOSED", "AGREED"] as const;

/** The slot a request holds while open: one open change per placement day. */
export function openSlotOf(placementId: string, fromDay: string): string {
  return `${placementId}:${fromDay}`;
}

/** A change of day the actor may see, or NOT_FOUND for "not yours" and "not there". */
export async function findChangeInScope<T extends Prisma.ChangeOfDayRequestInclude>(
  db: Db,
  actor: Actor,
  requestId: string,
  include: T,
) {
  const request = await db.changeOfDayRequest.findFirst({
    where: { AND: [{ id: requestId }, changeOfDayScope(actor)] },
    include,
  });
  if (!request) {
    throw AppError.notFound("Change of day");
  }
  return request;
}

const WRONG_STATUS: Record<ChangeOfDayRequest["status"], string> = {
  PROPOSED: "The provider has already answered this change of day",
  AGREED: "This change of day is not agreed and waiting to be processed",
  DECLINED: "This change of day has not been declined",
  PROCESSED: "This change of day has not been processed",
  REJECTED: "This change of day has not been rejected",
};

export function assertChangeStatus(
  request: ChangeOfDayRequest,
  status: ChangeOfDayRequest["status"],
) {
  if (request.status !== status) {
    throw new AppError("CONFLICT", WRONG_STATUS[status]);
  }
}

/** One winner at once: the update applies only while the status is still the one read. */
export async function moveChange(
  tx: Db,
  request: ChangeOfDayRequest,
  data: Prisma.ChangeOfDayRequestUncheckedUpdateManyInput,
  message: string,
) {
  const moved = await tx.changeOfDayRequest.updateMany({
    where: { id: request.id, status: request.status },
    data,
  });
  if (moved.count !== 1) {
    throw new AppError("CONFLICT", message);
  }
}
