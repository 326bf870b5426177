import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Layers are enforced here rather than described in prose (STYLE.md §11, ADR 0002).

// Imports are matched as written: `@/server/...` or a relative path climbing to server/.
const SERVER = String.raw`^(@/|(\.\./)+|\./)server/`;

const DATABASE = {
  regex: String.raw`^@prisma/|${SERVER}db(/|$)`,
  message: "The UI never touches the database: go through a tRPC procedure.",
};

// The only server module the browser side may name, and only for its type.
const ROUTER_TYPE = {
  regex: `${SERVER}trpc/router$`,
  allowTypeImports: true,
  message: "Only `import type { AppRouter }` is allowed from the router.",
};

/** Any other server module, apart from the `allowed` ones (regex fragments under server/). */
function serverExcept(allowed, message, allowTypeImports = false) {
  const exceptions = ["db(/|$)", "trpc/router$", ...allowed].join("|");
  return { regex: `${SERVER}(?!${exceptions})`, message, allowTypeImports };
}

// Pages and route handlers run on the server, but reach the domain only through these doors:
// HTTP adapters for route handlers, next-auth's options for its own route, the session for
// server components, role labels and the permission table for deciding what to show, and
// the server-side tRPC caller (same procedures and checks as the browser's calls).
// Everything else goes through tRPC.
const APP_SERVER_DOORS = [
  "http/",
  "auth/next-auth-options$",
  "auth/current-session$",
  "auth/roles$",
  "auth/permissions$",
  "trpc/server-caller$",
];
const APP_MESSAGE = "Pages use tRPC, or one of the doors listed in eslint.config.mjs.";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    "server/db/generated/**",
    ".next/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "blob-report/**",
    ".data/**",
    "next-env.d.ts",
  ]),
  {
    files: ["app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            DATABASE,
            ROUTER_TYPE,
            // Types vanish at build time, so pages may name server types; code stays behind.
            serverExcept(APP_SERVER_DOORS, APP_MESSAGE, true),
          ],
        },
      ],
    },
  },
  {
    files: ["components/**", "lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            DATABASE,
            ROUTER_TYPE,
            serverExcept([], "Components and lib/ are shared with the browser: no server code."),
          ],
        },
      ],
    },
  },
  {
    files: ["app/**", "components/**", "lib/**", "server/**", "proxy.ts"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      // Structured logs only (STYLE.md §4): use the pino logger in server/logger.ts.
      "no-console": "error",
    },
  },
  {
    // Playwright fixtures receive a callback named `use`; it is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: ["**/*.ts", "**/*.tsx", "**/*.mts"],
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
]);
