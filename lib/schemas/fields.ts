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

/** A date and time typed in a form or sent by the client, e.g. `2026-12-04T14:05`. */
export function dateTimeField(what: string) {
  return z.coerce.date({ error: `Enter ${what}` });
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
