import type { Actor } from "@/server/auth/roles";
import { withdrawalScope } from "@/server/auth/scope";
import type { Prisma, WithdrawalRequest } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";

type Db = Prisma.TransactionClient;

/** Open requests hold their placements' slots (ADR 0013). */
export const OPEN_WITHDRAWAL = ["DRAFT", "SUBMITTED"] as const;

/** A withdrawal request the actor may see, or NOT_FOUND for "not yours" and "not there". */
export async function findWithdrawalInScope<T extends Prisma.WithdrawalRequestInclude>(
  db: Db,
  actor: Actor,
  requestId: string,
  include: T,
) {
  const request = await db.withdrawalRequest.findFirst({
    where: { AND: [{ id: requestId }, withdrawalScope(actor)] },
    include,
  });
  if (!request) {
    throw AppError.notFound("Withdrawal request");
  }
  return request;
}

/** Only the organisation that asked may change its own request. */
export function assertRequester(actor: Actor, request: WithdrawalRequest): void {
  const own = request.requestedBy === "SCHOOL" ? request.schoolId : request.providerId;
  if (actor.organisationKind !== request.requestedBy || actor.organisationId !== own) {
    throw new AppError("FORBIDDEN", "Only the organisation that made this request can change it");
  }
}

export function assertStatus(request: WithdrawalRequest, status: WithdrawalRequest["status"]) {
  if (request.status !== status) {
    throw new AppError("CONFLICT", WRONG_STATUS[status]);
  }
}

const WRONG_STATUS: Record<WithdrawalRequest["status"], string> = {
  DRAFT: "This request has already been submitted, so it cannot be changed",
  SUBMITTED: "This request is not waiting to be processed",
  PROCESSED: "This request has not been processed",
  WITHDRAWN: "This request has not been withdrawn",
  REJECTED: "This request has not been rejected",
};

/**
 * One winner when two people change a request at once: the update applies only while the
 * status is still the one read, and the other sees `message`.
 */
export async function moveStatus(
  tx: Db,
  request: WithdrawalRequest,
  data: Prisma.WithdrawalRequestUncheckedUpdateManyInput,
  message: string,
) {
  const moved = await tx.withdrawalRequest.updateMany({
    where: { id: request.id, status: request.status },
    data,
  });
  if (moved.count !== 1) {
    throw new AppError("CONFLICT", message);
  }
}

/** Frees the request's placements for another request once it is closed. */
export async function releaseSlots(tx: Db, requestId: string) {
  await tx.withdrawalPlacement.updateMany({
    where: { requestId },
    data: { openPlacementId: null },
  });
}
