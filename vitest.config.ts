import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";

const UNIT_TESTS = "tests/unit/**/*.test.{ts,tsx}";

/**
 * On PostgreSQL (`npm run test:unit:postgresql`) only the test files that reach the
 * database run again: those that import the data layer, the database client or the
 * platform modules that store things (auth, rate limits), the server glue on top of them,
 * or the test support that makes rows, or that names WERKBOEK_TEST_DATABASE (tests of the
 * PostgreSQL tooling itself). A file about SQLite itself (its name starts with
 * `sqlite`) stays on SQLite.
 */
const DATABASE_IMPORT = /from\s+["'](@\/lib\/(data|server)\/|@\/lib\/platform\/(db|db-client|auth|rate-limit)["']|\.\/support\/)|WERKBOEK_TEST_DATABASE/;

function databaseTestFiles(): string[] {
  const dir = path.resolve(__dirname, "tests/unit");
  return fs
    .readdirSync(dir)
    .filter((f) => /\.test\.tsx?$/.test(f) && !f.startsWith("sqlite"))
    .filter((f) => DATABASE_IMPORT.test(fs.readFileSync(path.join(dir, f), "utf8")))
    .map((f) => `tests/unit/${f}`);
}

const postgresql = process.env.WERKBOEK_TEST_DATABASE === "postgresql";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // Data modules import "server-only" to keep them out of client bundles; in tests they run on the server anyway.
      "server-only": path.resolve(__dirname, "tests/unit/support/server-only.ts"),
    },
  },
  test: {
    include: postgresql ? databaseTestFiles() : [UNIT_TESTS],
    environment: "node",
    globalSetup: ["tests/unit/support/global-setup.ts"],
    setupFiles: ["tests/unit/support/setup.ts"],
    pool: "forks",
  },
});
