import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Builds one migrated SQLite template for the test run. Each test file copies it
 * (see setup.ts) into the same folder, so tests hit a real database and never share
 * rows; the folder and every copy in it are removed after the run.
 */
export default function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "werkboek-unit-"));
  const template = path.join(dir, "template.db");
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: "pipe",
  });
  process.env.WERKBOEK_TEMPLATE_DB = template;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
