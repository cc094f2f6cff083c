import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";

type TTree = { [key: string]: string | TTree };

function flatten(tree: TTree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

function load(locale: string): Map<string, string> {
  const file = path.resolve(__dirname, "../../messages", `${locale}.json`);
  return flatten(JSON.parse(fs.readFileSync(file, "utf8")) as TTree);
}

/** ICU placeholders such as {count} or {name} used in a message. */
function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\s*([a-zA-Z0-9_]+)\s*(?:,|\})/g)].map((m) => m[1]!).sort();
}

describe("UI messages", () => {
  const [base, ...others] = routing.locales;
  const reference = load(base);

  it.each(others)("%s has exactly the keys of the default locale", (locale) => {
    const messages = load(locale);
    expect([...messages.keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it.each(routing.locales)("%s has no empty messages", (locale) => {
    const empty = [...load(locale)].filter(([, v]) => v.trim() === "").map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it.each(others)("%s uses the same placeholders as the default locale", (locale) => {
    const messages = load(locale);
    const mismatched = [...reference].filter(
      ([key, value]) => JSON.stringify(placeholders(value)) !== JSON.stringify(placeholders(messages.get(key) ?? "")),
    );
    expect(mismatched.map(([k]) => k)).toEqual([]);
  });

  it("nl is the default locale", () => {
    expect(routing.defaultLocale).toBe("nl");
  });
});
