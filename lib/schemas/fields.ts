import { z } from "zod";
import { capitalise } from "./common";

// Field helpers the form schemas share.

/** Free text that may be left blank: blank becomes undefined, so nothing empty is stored. */
export function optionalText(what: string, max = 5000) {
  return z
    .string()
    .trim()
    .max(max, `${capitalise(what)} must be ${max} characters or fewer`)
    .optional()
    .transform((value) => value || undefined);
}

/**
 * A date and time typed in a form (`2026-12-04T14:05`) or sent by the client as a Date.
 * Only a Date or a non-blank string is read: a bare coercion would take null, 0 or false
 * as 1 January 1970 and store it.
 */
export function dateTimeField(what: string) {
  return z.preprocess(
    (value) => (typeof value === "string" && value.trim() ? new Date(value) : value),
    z.date({ error: `Enter ${what}` }),
  );
}

/** A calendar date that may be left blank (`YYYY-MM-DD` or ""). */
export function optionalDateField(what: string) {
  return z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.iso.date(`${capitalise(what)} must be a real date`).optional());
}
