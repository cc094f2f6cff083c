import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

/**
 * The layers of lib/ and who may import whom (docs/architecture.md):
 *   lib/domain   pure rules: no database, no Next.js, no React, no I/O
 *   lib/platform database client, env, auth, mail, live bus, rate limits
 *   lib/data     data access, one module per aggregate, access rules in the queries
 *   lib/server   request glue for pages and actions (guards, the action helper)
 *   components/  UI; app/  routes
 * An import the wrong way fails `npm run lint` (tests/unit/layers.test.ts shows it).
 */
const group = (paths, message) => ({ group: paths, message });
const upward = group(["../*", "../**"], "Import other folders through '@/…', so that the layer rules can see them.");
const notApp = group(["@/app", "@/app/**"], "Nothing imports from app/: routes are the outermost layer.");
const notUi = group(["@/components", "@/components/**"], "lib/ does not import UI components.");
const notServer = group(["@/lib/server", "@/lib/server/**"], "lib/server is request glue for app/ and components/ only.");
const notData = group(["@/lib/data", "@/lib/data/**"], "This layer may not read data: pass the data in.");
const notPlatform = group(
  ["@/lib/platform", "@/lib/platform/**", "@/lib/generated", "@/lib/generated/**"],
  "This layer may not touch the database, auth, env or other platform services.",
);
const notFrameworks = group(
  ["next", "next/**", "next-intl", "next-intl/**", "react", "react/**", "react-dom", "react-dom/**", "server-only", "@prisma/**", "better-auth", "better-auth/**"],
  "lib/domain is pure: no framework, database or React imports.",
);
const notIo = group(["fs", "node:fs", "fs/**", "node:fs/**", "child_process", "node:child_process", "net", "node:net", "http", "node:http"], "lib/domain does no I/O.");
const notRequest = group(
  ["next/headers", "next/navigation", "next/cache", "next-intl/server", "@/i18n/navigation"],
  "lib/data does not read the request or redirect: that is lib/server's job.",
);

const layer = (files, patterns) => ({ files, rules: { "no-restricted-imports": ["error", { patterns }] } });

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Playwright fixtures call `use()`, which is not React's hook.
    files: ["tests/e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  layer(["lib/domain/**"], [upward, notApp, notUi, notServer, notData, notPlatform, notFrameworks, notIo]),
  layer(["lib/platform/**"], [upward, notApp, notUi, notServer, notData]),
  layer(["lib/data/**"], [upward, notApp, notUi, notServer, notRequest]),
  layer(["lib/server/**"], [upward, notApp, notUi]),
  layer(["components/**"], [upward, notApp, group(["@/lib/platform", "@/lib/platform/**", "@/lib/generated", "@/lib/generated/**"], "Components reach data through lib/data or lib/server, never the platform directly.")]),
  globalIgnores([
    ".next*/**",
    "out/**",
    "next-env.d.ts",
    "lib/generated/**",
    "data/**",
    "test-results/**",
    "playwright-report/**",
    ".tmp/**",
  ]),
]);
