import "server-only";
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { getContentDir } from "@/lib/data/content";
import { ZStatements, type TStatements } from "@/lib/domain/content/statements";
import { env } from "@/lib/platform/env";

/** Reads and validates content/statements.yaml (the privacy and accessibility statements). */
export function readStatements(dir: string = getContentDir()): TStatements {
  const file = path.join(dir, "statements.yaml");
  const result = ZStatements.safeParse(parse(fs.readFileSync(file, "utf8")));
  if (!result.success) {
    throw new Error(`Invalid statement content in statements.yaml:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

let cached: TStatements | undefined;

/** The validated statements, read once per server process. */
export function getStatements(): TStatements {
  cached ??= readStatements();
  return cached;
}

/** Who runs this installation, as configured (OPERATOR_*); each field is undefined when not filled in. */
export type TOperator = { name?: string; email?: string; url?: string };

export function getOperator(): TOperator {
  return { name: env.OPERATOR_NAME, email: env.OPERATOR_EMAIL, url: env.OPERATOR_URL };
}
