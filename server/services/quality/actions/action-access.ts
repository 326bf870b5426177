import type { Actor } from "@/server/auth/roles";
import { qualityProviderScope } from "@/server/auth/scope";
import type { Prisma, QualityAction } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";

type Db = Prisma.TransactionClient;

/**
 * A quality action the actor may see: a provider its own, the service's quality roles any.
 * "Not yours" and "not there" answer the same NOT_FOUND.
 */
export async function findActionInScope<T extends Prisma.QualityActionInclude>(
  db: Db,
  actor: Actor,
  actionId: string,
  include: T,
) {
  const action = await db.qualityAction.findFirst({
    where: { AND: [{ id: actionId }, qualityProviderScope(actor)] },
    include,
  });
  if (!action) {
    throw AppError.notFound("Action");
  }
  return action;
}

/**
 * One winner when two people move an action at once: the update applies only while the
 * status is still the one read, and the other is told `message`.
 */
export async function moveActionStatus(
  tx: Db,
  action: Pick<QualityAction, "id" | "status">,
  data: Prisma.QualityActionUncheckedUpdateManyInput,
  message: string,
) {
  const moved = await tx.qualityAction.updateMany({
    where: { id: action.id, status: action.status },
    data,
  });
  if (moved.count !== 1) {
    throw new AppError("CONFLICT", message);
  }
}

export const CLOSED_MESSAGE = "This action has been closed, so nothing more can be added to it";
