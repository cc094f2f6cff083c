/**
 * The privacy and accessibility statements (content/statements.yaml): both languages,
 * valid structure, and the numbers they quote come from the code.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { parse, stringify } from "yaml";
import { readStatements } from "@/lib/data/statements";
import { fillStatementText, type TStatementPage } from "@/lib/domain/content/statements";
import { DEFAULT_ANONYMITY_THRESHOLD, MIN_ANONYMITY_THRESHOLD } from "@/lib/domain/scoring";

const CONTENT_DIR = path.resolve(process.cwd(), "content");

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

type Key = string | number;

/** A copy of statements.yaml with the value at `keys` changed by `to` (undefined deletes it), in a temp dir. */
function editedCopy(keys: Key[], to: (old: unknown) => unknown): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "werkboek-statements-"));
  tempDirs.push(dir);
  const data: unknown = parse(fs.readFileSync(path.join(CONTENT_DIR, "statements.yaml"), "utf8"));
  const parent = keys.slice(0, -1).reduce<unknown>((node, key) => (node as Record<Key, unknown>)[key], data) as Record<Key, unknown>;
  const last = keys.at(-1)!;
  const value = to(parent[last]);
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  fs.writeFileSync(path.join(dir, "statements.yaml"), stringify(data));
  return dir;
}

/** Every text of a page in one language, placeholders filled in. */
function allTexts(page: TStatementPage, lang: "nl" | "en"): string[] {
  return [
    page.title,
    page.intro,
    ...page.sections.flatMap((s) => [s.title, ...s.body.flatMap((b) => ("items" in b ? b.items : [b]))]),
  ].map((t) => fillStatementText(t, lang));
}

describe("the statements", () => {
  const statements = readStatements(CONTENT_DIR);

  it("validate, with a title, intro and sections in nl and en", () => {
    for (const page of [statements.privacy, statements.accessibility]) {
      for (const lang of ["nl", "en"] as const) {
        expect(allTexts(page, lang).every((t) => t.trim().length > 0)).toBe(true);
      }
    }
    expect(statements.privacy.title.nl).toBe("Privacyverklaring");
    expect(statements.accessibility.title.nl).toBe("Toegankelijkheidsverklaring");
  });

  const firstId = statements.privacy.sections[0]!.id;
  it.each<[string, Key[], (old: unknown) => unknown]>([
    ["an English text removed", ["privacy", "sections", 0, "body", 0, "en"], () => undefined],
    ["a Dutch list item emptied", ["privacy", "sections", 0, "body", 1, "items", 0, "nl"], () => "  "],
    ["an unknown placeholder", ["accessibility", "intro", "nl"], (old) => `${old} {operatorName}`],
    ["a placeholder in one language only", ["privacy", "intro", "nl"], (old) => `${old} {minThreshold}`],
    ["an impossible date", ["accessibility", "date"], () => "2026-02-30"],
    ["a section id used twice", ["privacy", "sections", 1, "id"], () => firstId],
  ])("reject a copy with %s", (_name, keys, to) => {
    expect(() => readStatements(editedCopy(keys, to))).toThrow("Invalid statement content in statements.yaml");
  });

  it("quote the anonymity threshold from the scoring model", () => {
    for (const lang of ["nl", "en"] as const) {
      const texts = allTexts(statements.privacy, lang).join("\n");
      expect(texts).not.toMatch(/\{[A-Za-z]+\}/);
      expect(texts).toContain(String(DEFAULT_ANONYMITY_THRESHOLD));
      expect(texts).toContain(String(MIN_ANONYMITY_THRESHOLD));
    }
  });

  it("cover what the issue asks for", () => {
    const privacy = statements.privacy.sections.map((s) => s.id);
    expect(privacy).toEqual(
      expect.arrayContaining(["what-we-store", "why", "how-long", "who-sees-what", "anonymity-threshold", "threshold-limits", "your-rights"]),
    );
    const accessibility = statements.accessibility.sections.map((s) => s.id);
    expect(accessibility).toEqual(expect.arrayContaining(["status", "how-tested", "known-gaps", "contact"]));
  });

  it("are not dated in the future", () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(statements.privacy.date <= today).toBe(true);
    expect(statements.accessibility.date <= today).toBe(true);
  });
});

describe("the operator's configuration", () => {
  async function loadEnv(vars: Record<string, string>) {
    for (const [k, v] of Object.entries(vars)) vi.stubEnv(k, v);
    vi.resetModules();
    try {
      return (await import("@/lib/platform/env")).env;
    } finally {
      vi.unstubAllEnvs();
    }
  }

  it("is optional: blank counts as not filled in", async () => {
    const env = await loadEnv({ OPERATOR_NAME: "  ", OPERATOR_EMAIL: "", OPERATOR_URL: "" });
    expect([env.OPERATOR_NAME, env.OPERATOR_EMAIL, env.OPERATOR_URL]).toEqual([undefined, undefined, undefined]);
  });

  it("is read and trimmed", async () => {
    const env = await loadEnv({
      OPERATOR_NAME: " Gemeente Voorbeeld ",
      OPERATOR_EMAIL: "privacy@voorbeeld.nl",
      OPERATOR_URL: "https://www.voorbeeld.nl",
    });
    expect(env).toMatchObject({
      OPERATOR_NAME: "Gemeente Voorbeeld",
      OPERATOR_EMAIL: "privacy@voorbeeld.nl",
      OPERATOR_URL: "https://www.voorbeeld.nl",
    });
  });

  it.each([
    ["OPERATOR_EMAIL", "not an address"],
    ["OPERATOR_URL", "ftp://voorbeeld.nl"],
  ])("refuses an invalid %s, naming it", async (name, value) => {
    await expect(loadEnv({ [name]: value })).rejects.toThrow(name);
  });
});
