import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/router";

type PreventRead = inferRouterOutputs<AppRouter>["prevent"]["get"];

export type PreventRecord = NonNullable<PreventRead["referral"]>;
