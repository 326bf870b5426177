import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

const IGNORED = [
  "**/node_modules/**",
  "**/.next/**",
  "e2e/**",
  "server/db/generated/**",
  ".data/**",
];

export default defineConfig({
  resolve: {
    alias: [
      { find: /^server-only$/, replacement: path.join(root, "tests/support/server-only.ts") },
      { find: /^@\//, replacement: `${root}/` },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["**/*.test.ts", "**/*.test.tsx"],
          exclude: [...IGNORED, "**/*.int.test.ts", "tests/integration/**"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.int.test.ts", "server/**/*.int.test.ts"],
          exclude: IGNORED,
          environment: "node",
          // Each file opens its own database (tests/integration/test-database.ts). Opening
          // PGlite compiles WebAssembly, so two workers is the most two cores can use well.
          pool: "forks",
          maxWorkers: 2,
          hookTimeout: 60_000,
          testTimeout: 30_000,
        },
      },
    ],
  },
});
