// Stands in for the `server-only` package under Vitest. The real package throws when it is
// imported outside a React Server Component build, which a test process never is.
export {};
