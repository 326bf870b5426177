import { initTRPC, TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { can, type Action } from "@/server/auth/permissions";
import { AppError, type AppErrorCode } from "@/server/errors";
import { cleanInput } from "./clean-input";
import type { Context } from "./context";

export interface Meta {
  /** The permission-table action this procedure performs; all but public procedures have one. */
  action?: Action;
}

const CODE: Record<AppErrorCode, TRPC_ERROR_CODE_KEY> = {
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  INVALID: "BAD_REQUEST",
  CONFLICT: "CONFLICT",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
};

/** Zod issues as `{ "student.upn": ["Enter a UPN"] }`, the shape forms show beside fields. */
function fieldErrorsOf(error: ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      const fieldErrors =
        cause instanceof ZodError
          ? fieldErrorsOf(cause)
          : cause instanceof AppError && cause.field
            ? { [cause.field]: [cause.userMessage] }
            : undefined;
      const message =
        cause instanceof ZodError
          ? "Check the highlighted fields"
          : error.code === "INTERNAL_SERVER_ERROR"
            ? "Something went wrong. Try again, or contact the service if it keeps happening."
            : shape.message;
      return {
        ...shape,
        message,
        data: { code: shape.data.code, httpStatus: shape.data.httpStatus, fieldErrors },
      };
    },
  });

export const createRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

const CONFLICT_MESSAGE =
  "Someone else changed this record at the same time. Reload the page to see it as it is now.";

/**
 * Prisma's "unique constraint failed" (P2002), from either database engine. A nested write
 * through the PGlite adapter can surface PostgreSQL's own code (23505) unmapped instead.
 */
function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) {
    return false;
  }
  const cause = "cause" in error ? (error.cause as { code?: unknown } | null) : null;
  return ("code" in error && error.code === "P2002") || cause?.code === "23505";
}

/** Maps the services' AppError to tRPC codes, once, and logs what failed. */
const errorMapping = t.middleware(async ({ ctx, path, next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) {
      throw new TRPCError({ code: CODE[cause.code], message: cause.userMessage, cause });
    }
    if (isUniqueViolation(cause)) {
      // Two people changed the same record at once and the database kept the first.
      throw new TRPCError({ code: "CONFLICT", message: CONFLICT_MESSAGE, cause });
    }
    if (result.error.code === "INTERNAL_SERVER_ERROR") {
      ctx.log.error({ path, err: result.error.cause ?? result.error }, "procedure failed");
    }
  }
  return result;
});

/** Every string of the input made storable before any parser sees it (clean-input.ts). */
const cleanedInput = t.middleware(async ({ getRawInput, next }) => {
  const raw = await getRawInput();
  return next({ getRawInput: async () => cleanInput(raw) });
});

export const publicProcedure = t.procedure.use(errorMapping).use(cleanedInput);

export const signedInProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.actor) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue" });
  }
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

/**
 * A procedure for one action of the permission table: signed in, and holding a role the
 * table allows. Organisation scope is applied by the service the procedure calls.
 */
export function procedureFor(action: Action) {
  return signedInProcedure.meta({ action }).use(({ ctx, next }) => {
    if (!can(ctx.actor.roles, action)) {
      throw new TRPCError({ code: "FORBIDDEN", message: "You do not have permission to do that" });
    }
    return next();
  });
}
