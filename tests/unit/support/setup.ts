import fs from "node:fs";
import path from "node:path";

// A fresh copy of the migrated template database for every test file (worker). It sits
// beside the template, in the folder global-setup.ts removes after the run.
const template = process.env.WERKBOEK_TEMPLATE_DB;
if (template) {
  const file = path.join(path.dirname(template), `test-${process.pid}-${Date.now()}.db`);
  fs.copyFileSync(template, file);
  process.env.DATABASE_URL = `file:${file}`;
}
