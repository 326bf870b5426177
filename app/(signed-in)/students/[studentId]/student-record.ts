import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/trpc/router";

/** One student as `student.get` returns it: the parts the viewer's organisation may see. */
export type StudentRecord = inferRouterOutputs<AppRouter>["student"]["get"];
