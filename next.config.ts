import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Database drivers run as plain Node modules, not bundled (PGlite ships WebAssembly).
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "pg",
    "@prisma/adapter-pg",
    "pino",
    // pdfkit loads its standard-font metrics with a runtime require of its own subpaths.
    "pdfkit",
  ],
  // Next 16.5 otherwise writes an AGENTS.md into the repository during `next dev`.
  agentRules: false,
  experimental: { agentUpgrade: false },
  poweredByHeader: false,
  sassOptions: {
    loadPaths: ["."],
    quietDeps: true,
    silenceDeprecations: ["import", "global-builtin"],
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
