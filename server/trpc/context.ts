import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import type { Actor } from "@/server/auth/roles";
import type { PrismaClient } from "@/server/db/generated/client";
import { logger } from "@/server/logger";

export interface Context {
  db: PrismaClient;
  actor: Actor | null;
  log: Logger;
}

/** A context for a request: its own child logger, carrying identifiers only. */
export function createContext(db: PrismaClient, actor: Actor | null): Context {
  const log = logger.child({
    requestId: randomUUID(),
    userId: actor?.userId,
    organisationId: actor?.organisationId,
  });
  return { db, actor, log };
}
