import type { FieldErrors } from "react-hook-form";
import type { MeetingRecordInput } from "@/lib/schemas/meeting";

export type Values = MeetingRecordInput;

type Leaf = { message?: string } | undefined;

/** The message of a field inside a repeated row, e.g. `attendees.2.name`. */
export function rowMessage(
  errors: FieldErrors<Values>,
  list: "attendees" | "targets" | "reviewedTargets",
  index: number,
  field: string,
): string | undefined {
  const rows = errors[list] as unknown as Record<number, Record<string, Leaf>> | undefined;
  return rows?.[index]?.[field]?.message;
}

/** A problem with a whole list: the form's own check puts it under "root", the server's on it. */
export function listMessage(
  errors: FieldErrors<Values>,
  list: "attendees" | "targets" | "reviewedTargets",
): string | undefined {
  const found = errors[list] as { message?: string; root?: { message?: string } } | undefined;
  return found?.root?.message ?? found?.message;
}
