/**
 * `npm run data:import -- <file.json> --coordinator <e-mail>`: recreates a partnership
 * from its full export (docs/export-format.md) in the database in DATABASE_URL. The
 * account with that e-mail address (it must exist: sign up first) becomes the
 * coordinator. Nothing changes when the file is not a valid export.
 *
 * Runs with `--conditions=react-server` (see package.json), so the data modules'
 * `server-only` guard lets it through.
 */
import fs from "node:fs";
import { db } from "@/lib/platform/db";
import { importPartnershipFile } from "@/lib/data/partnership-transfer";
import { MAX_IMPORT_BYTES } from "@/lib/domain/export-format";

const MESSAGES = {
  tooLarge: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`,
  notJson: "The file is not JSON.",
  notAnExport: "This file is not a partnership export of the werkboek (its \"format\" is missing or different).",
  unknownVersion: "This export's version is not known to this installation: update the werkboek first.",
  invalid: "This export does not match its format (docs/export-format.md): nothing was imported.",
} as const;

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run data:import -- <file.json> --coordinator <e-mail>`);
  process.exit(2);
}

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf("--coordinator");
  const email = at >= 0 ? args[at + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith("--") && i !== at + 1);
  if (!file) usage("Which file?");
  if (!email) usage("Who becomes the coordinator? Give the e-mail address of an existing account.");
  if (!fs.existsSync(file)) usage(`No such file: ${file}`);
  if (fs.statSync(file).size > MAX_IMPORT_BYTES) usage(`The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  try {
    const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
    if (!user) usage(`There is no account with the e-mail address ${email}: sign up first, then import.`);
    const result = await importPartnershipFile(user.id, fs.readFileSync(file, "utf8"));
    if (!result.ok) {
      console.error(MESSAGES[result.error]);
      process.exitCode = 1;
      return;
    }
    console.log(
      `Imported as partnership ${result.partnershipId}: ${result.sessions} session(s), ${result.participants} participant(s), ${result.answers} answer(s). ` +
        "The sessions have new join codes; old resume links do not work here.",
    );
  } finally {
    await db.$disconnect();
  }
}

void main();
