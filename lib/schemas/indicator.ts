import { z } from "zod";
import { idField } from "./common";

/** The academic year chosen, by its first year (2026 = 2026/27); the current one if absent. */
export const indicatorYearSchema = z.object({
  startYear: z.coerce
    .number({ error: "Choose an academic year" })
    .int("Choose an academic year")
    .min(2000, "Choose an academic year")
    .max(2100, "Choose an academic year")
    .optional(),
});

export const providerIndicatorsSchema = indicatorYearSchema.extend({
  providerId: idField("a provider"),
});
