import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The import direction between the layers of lib/ is enforced by ESLint
 * (eslint.config.mjs, docs/architecture.md). These fixtures are linted as if they
 * lived in the layer's folder: a wrong-way import must fail, a right-way one pass.
 */
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
}, 60_000);

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

const wrongWay: Array<[string, string]> = [
  ["lib/domain/fixture.ts", 'import { db } from "@/lib/platform/db";'],
  ["lib/domain/fixture.ts", 'import { listSessionAnswers } from "@/lib/data/answers";'],
  ["lib/domain/fixture.ts", 'import { cache } from "react";'],
  ["lib/domain/fixture.ts", 'import { headers } from "next/headers";'],
  ["lib/domain/fixture.ts", 'import fs from "node:fs";'],
  ["lib/domain/fixture.ts", 'import { x } from "../data/answers";'],
  ["lib/data/fixture.ts", 'import { requireUser } from "@/lib/server/access";'],
  ["lib/data/fixture.ts", 'import { redirect } from "next/navigation";'],
  ["lib/platform/fixture.ts", 'import { getSession } from "@/lib/data/sessions";'],
  ["lib/server/fixture.ts", 'import { Button } from "@/components/ui/button";'],
  ["components/fixture.tsx", 'import { db } from "@/lib/platform/db";'],
  ["lib/data/fixture.ts", 'import { x } from "@/app/[locale]/join/actions";'],
];

const rightWay: Array<[string, string]> = [
  ["lib/domain/fixture.ts", 'import { z } from "zod";\nimport { describeGap } from "@/lib/domain/describe-position";'],
  ["lib/data/fixture.ts", 'import { db } from "@/lib/platform/db";\nimport { computeSessionProfile } from "@/lib/domain/scoring";'],
  ["lib/server/fixture.ts", 'import { getSession } from "@/lib/data/sessions";\nimport { headers } from "next/headers";'],
  ["components/fixture.tsx", 'import { getCurrentUser } from "@/lib/server/access";'],
];

describe("layer rules", () => {
  it.each(wrongWay)("refuses in %s: %s", async (file, code) => {
    expect(await restrictedImports(file, code)).toHaveLength(1);
  });
  it.each(rightWay)("allows in %s: %s", async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
