import type { FieldErrors, FieldValues, Path, UseFormSetError } from "react-hook-form";

/**
 * Options for every `useForm`: on a refused submit the error summary takes focus (and links
 * to each field), as GOV.UK forms do, rather than react-hook-form focusing the first field.
 */
export const FORM_OPTIONS = { shouldFocusError: false } as const;

/** One line of an error summary: the message and the id of the field it links to. */
export interface SummaryError {
  href: string;
  text: string;
}

/**
 * The element id of a form field. A field's dotted path ("contacts.0.phone") becomes
 * "contacts-0-phone", so the summary can link to it with a plain "#…" fragment.
 */
export function fieldId(name: string): string {
  return name.replace(/[.[\]]+/g, "-").replace(/-$/, "");
}

/** The id of the message shown beside a field, for its aria-describedby. */
export function errorId(name: string): string {
  return `${fieldId(name)}-error`;
}

export function hintId(name: string): string {
  return `${fieldId(name)}-hint`;
}

/** The ids a field is described by, in reading order: hint first, then error. */
export function describedBy(name: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? hintId(name) : null, error ? errorId(name) : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

interface ServerErrorShape {
  message: string;
  fieldErrors?: Record<string, string[]>;
}

function serverErrorOf(error: unknown): ServerErrorShape | null {
  if (typeof error !== "object" || error === null || !("message" in error)) {
    return null;
  }
  const data = "data" in error ? (error.data as { fieldErrors?: unknown } | null) : null;
  const fieldErrors = data?.fieldErrors;
  return {
    message: String(error.message),
    fieldErrors: typeof fieldErrors === "object" && fieldErrors !== null
      ? (fieldErrors as Record<string, string[]>)
      : undefined,
  };
}

const FALLBACK_MESSAGE =
  "Something went wrong. Try again, or contact the service if it keeps happening.";

/**
 * Shows a refused request on the form: each of the server's field errors (tRPC
 * `data.fieldErrors`, keyed by dotted path) goes beside its field, and what the person typed
 * stays as it was. Returns the message for the top of the error summary, or null when every
 * problem is already shown beside a field.
 *
 * `fields` lists the form's field paths; a server message for any other path (or for the
 * whole form, "_form") is returned instead, so no message is lost. Without `fields`, every
 * path is treated as a field of the form.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields?: readonly string[],
): string | null {
  const server = serverErrorOf(error);
  if (!server) {
    return FALLBACK_MESSAGE;
  }

  const unplaced: string[] = [];
  let placed = 0;
  for (const [path, messages] of Object.entries(server.fieldErrors ?? {})) {
    const message = messages[0];
    if (!message) {
      continue;
    }
    if (path === "_form" || (fields && !fields.includes(path))) {
      unplaced.push(message);
      continue;
    }
    setError(path as Path<T>, { type: "server", message });
    placed += 1;
  }

  if (unplaced.length > 0) {
    return unplaced.join(" ");
  }
  return placed > 0 ? null : server.message;
}

function isLeafError(value: unknown): value is { message?: unknown } {
  return typeof value === "object" && value !== null && "type" in value &&
    typeof (value as { type: unknown }).type === "string";
}

/**
 * The form's current errors as summary lines, each linking to its field, in the order the
 * fields appear in `order` (the order of the form); errors for paths not in `order` follow.
 */
export function summaryErrors<T extends FieldValues>(
  errors: FieldErrors<T>,
  order: readonly string[] = [],
): SummaryError[] {
  const found = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (isLeafError(value) && typeof value.message === "string" && value.message) {
      found.set(path, value.message);
      return;
    }
    if (typeof value === "object" && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (key !== "ref") {
          walk(child, path ? `${path}.${key}` : key);
        }
      }
    }
  };
  walk(errors, "");

  const rank = (path: string) => {
    const index = order.indexOf(path);
    return index === -1 ? order.length : index;
  };
  return [...found.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([path, text]) => ({ href: `#${fieldId(path)}`, text }));
}
