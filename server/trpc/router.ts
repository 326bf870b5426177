import { createRouter } from "./init";

/** The whole API. Each domain router lives in server/trpc/routers/<domain>.ts. */
export const appRouter = createRouter({});

export type AppRouter = typeof appRouter;
