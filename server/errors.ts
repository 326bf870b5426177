/**
 * The one error type services throw. `message` is for logs; `userMessage` is safe to show.
 * `field` names the input field at fault so a form can show the message beside it.
 * Mapped to tRPC codes once, in server/trpc/init.ts.
 */
export type AppErrorCode =
  "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "INVALID" | "CONFLICT" | "TOO_MANY_REQUESTS";

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly userMessage: string;
  readonly field?: string;

  constructor(
    code: AppErrorCode,
    userMessage: string,
    options?: { field?: string; internal?: string },
  ) {
    super(options?.internal ?? userMessage);
    this.name = "AppError";
    this.code = code;
    this.userMessage = userMessage;
    this.field = options?.field;
  }

  /** "Not yours" and "not there" answer the same. */
  static notFound(what: string): AppError {
    return new AppError("NOT_FOUND", `${what} not found`);
  }

  static invalid(field: string, userMessage: string): AppError {
    return new AppError("INVALID", userMessage, { field });
  }
}
