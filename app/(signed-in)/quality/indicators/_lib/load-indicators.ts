import { TRPCError, type inferRouterOutputs } from "@trpc/server";
import { notFound } from "next/navigation";
import { queryText, type SearchParams } from "@/components/page-params";
import type { AppRouter } from "@/server/trpc/router";
import { serverCaller } from "@/server/trpc/server-caller";

type Outputs = inferRouterOutputs<AppRouter>["indicator"];
export type IndicatorList = Outputs["list"];
export type ProviderIndicatorsRecord = Outputs["get"];

/** The `year` query parameter (2026 for 2026/27), or undefined for the current year. */
function yearOf(params: SearchParams): number | undefined {
  const text = queryText(params.year, 4);
  return text && /^\d{4}$/.test(text) ? Number(text) : undefined;
}

/** Asks again for the current year when the year asked for is refused (not begun). */
async function withYear<T>(params: SearchParams, read: (year?: number) => Promise<T>) {
  const year = yearOf(params);
  try {
    return await read(year);
  } catch (error) {
    if (error instanceof TRPCError && error.code === "BAD_REQUEST" && year !== undefined) {
      return read(undefined);
    }
    throw error;
  }
}

export async function loadIndicatorList(params: SearchParams): Promise<IndicatorList> {
  const caller = await serverCaller();
  return withYear(params, (startYear) => caller.indicator.list({ startYear }));
}

/** One provider's page; another provider's (or a malformed id) is "not found". */
export async function loadProviderIndicators(
  providerId: string,
  params: SearchParams,
): Promise<ProviderIndicatorsRecord> {
  const caller = await serverCaller();
  try {
    return await withYear(params, (startYear) => caller.indicator.get({ providerId, startYear }));
  } catch (error) {
    if (error instanceof TRPCError && ["NOT_FOUND", "BAD_REQUEST"].includes(error.code)) {
      notFound();
    }
    throw error;
  }
}
