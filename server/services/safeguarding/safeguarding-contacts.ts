import type { z } from "zod";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/roles";
import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/errors";
import type { safeguardingContactSchema } from "@/lib/schemas/concern";

/**
 * The service's DSL contacts and helplines, for every signed-in user: DSLs first. Contacts
 * taken out of the directory are listed only when asked for (the lead, who may restore them).
 */
export async function listSafeguardingContacts({
  db,
  includeInactive = false,
}: {
  db: PrismaClient;
  includeInactive?: boolean;
}) {
  return db.safeguardingContact.findMany({
    where: includeInactive ? {} : { active: true },
    orderBy: [{ kind: "asc" }, { sortOrder: "asc" }, { name: "asc" }],
  });
}

type ContactInput = z.output<typeof safeguardingContactSchema>;

/**
 * The service lead adds a contact, or changes one. A contact that no longer applies is
 * made inactive rather than deleted, so the record of who was listed stays.
 */
export async function upsertSafeguardingContact({
  db,
  actor,
  input,
}: {
  db: PrismaClient;
  actor: Actor;
  input: ContactInput;
}) {
  const { id, ...fields } = input;
  const data = {
    ...fields,
    email: fields.email ?? null,
    availability: fields.availability ?? null,
    updatedById: actor.userId,
  };

  return db.$transaction(async (tx) => {
    if (id && !(await tx.safeguardingContact.count({ where: { id } }))) {
      throw AppError.notFound("Contact");
    }
    const contact = id
      ? await tx.safeguardingContact.update({ where: { id }, data })
      : await tx.safeguardingContact.create({ data });
    await recordAudit(tx, actor, {
      action: id ? "safeguardingContact.update" : "safeguardingContact.create",
      recordType: "SafeguardingContact",
      recordId: contact.id,
      detail: { active: contact.active },
    });
    return contact;
  });
}
