import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// A fresh copy of the migrated template database for every test file (worker).
const template = process.env.WERKBOEK_TEMPLATE_DB;
if (template) {
  const file = path.join(os.tmpdir(), `werkboek-unit-${process.pid}-${Date.now()}.db`);
  fs.copyFileSync(template, file);
  process.env.DATABASE_URL = `file:${file}`;
}
