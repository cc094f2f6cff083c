import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // A second build beside the usual one (parallel test runs on one machine): NEXT_DIST_DIR=.next-other.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // The same limit as the proxy's gate (ACTION_BODY_LIMIT_BYTES in lib/platform/action-request.ts),
  // which answers a larger body with 413 before Next.js would answer it with a 500.
  experimental: { serverActions: { bodySizeLimit: "1mb" } },
  // better-sqlite3 is a native module: keep it out of the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  // Workbook content is read from content/ at runtime by lib/data/content.ts.
  outputFileTracingIncludes: { "/**": ["./content/**/*"] },
};

export default withNextIntl(nextConfig);
