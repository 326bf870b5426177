"use client";

import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import superjson from "superjson";
import type { AppRouter } from "@/server/trpc/router";

export const { TRPCProvider: TRPCContextProvider, useTRPC, useTRPCClient } =
  createTRPCContext<AppRouter>();

function httpStatusOf(error: unknown): number | undefined {
  if (!(error instanceof TRPCClientError)) {
    return undefined;
  }
  const data = error.data as { httpStatus?: number } | undefined;
  return data?.httpStatus;
}

/**
 * A session that ended while the page was open: sign in again. A full page load, so the
 * header drawn for the old session goes too.
 */
function onError(error: unknown) {
  if (httpStatusOf(error) === 401) {
    window.location.assign(new URL("/sign-in?ended=1", window.location.origin));
  }
}

// Only failures that may pass are retried: a refusal (4xx) will be refused again.
function shouldRetry(failureCount: number, error: unknown): boolean {
  const status = httpStatusOf(error);
  return failureCount < 2 && (status === undefined || status >= 500);
}

function makeQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { staleTime: 30 * 1000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

// One QueryClient per browser tab, kept across renders; a server render gets a fresh one so
// no cached answer can pass from one person's request to another's.
function getQueryClient(): QueryClient {
  if (typeof window === "undefined") {
    return makeQueryClient();
  }
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

/**
 * tRPC and TanStack Query for client components under app/(signed-in)/. Queries run in the
 * browser, with the session cookie; server components read data through a server-side
 * caller instead, not through this client.
 */
export function TRPCProvider({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [httpBatchLink({ url: "/api/trpc", transformer: superjson })],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCContextProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCContextProvider>
    </QueryClientProvider>
  );
}
