import pino from "pino";

/**
 * Structured logs only. Log identifiers, never a child's name, a concern's text or any
 * other payload (STYLE.md §4).
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { app: "cap-portal" },
  redact: ["password", "*.password", "passwordHash", "*.passwordHash"],
});
