import { execFile } from "node:child_process";
import { logger } from "@/server/logger";

/**
 * The antivirus hook. Every upload is written to the upload folder and then handed to the
 * scanner named in UPLOAD_SCAN_COMMAND (a program and its arguments, split on spaces; the
 * file's path is added last), e.g. `clamdscan --no-summary --fdpass`. The exit status is
 * read the way ClamAV's tools write it: 0 clean, 1 infected, anything else the scan failed.
 * A failed scan refuses the file (fail closed). With no command configured nothing is
 * scanned; the README says to set one in production.
 */
export type ScanResult = "CLEAN" | "INFECTED" | "FAILED" | "NOT_CONFIGURED";

const SCAN_TIMEOUT_MS = 60_000;

export function scanCommand(): string[] | null {
  const words = (process.env.UPLOAD_SCAN_COMMAND ?? "").trim().split(/\s+/).filter(Boolean);
  return words.length > 0 ? words : null;
}

export function scanFile(file: string): Promise<ScanResult> {
  const command = scanCommand();
  if (!command) {
    return Promise.resolve("NOT_CONFIGURED");
  }
  const [program, ...args] = command;
  return new Promise((resolve) => {
    execFile(program, [...args, file], { timeout: SCAN_TIMEOUT_MS }, (error) => {
      if (!error) {
        resolve("CLEAN");
        return;
      }
      const code = typeof error.code === "number" ? error.code : null;
      if (code === 1) {
        resolve("INFECTED");
        return;
      }
      logger.error({ err: error, code }, "virus scan failed");
      resolve("FAILED");
    });
  });
}
