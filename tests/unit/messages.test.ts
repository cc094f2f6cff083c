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

function file(locale: string): string {
  return path.resolve(__dirname, "../../messages", `${locale}.json`);
}

function load(locale: string): Map<string, string> {
  return flatten(JSON.parse(fs.readFileSync(file(locale), "utf8")) as TTree);
}

/**
 * The keys that occur more than once in the same object of a JSON text, as dotted paths
 * (JSON.parse keeps the last one silently). A small scanner over valid JSON: strings are
 * read with JSON.parse, so escapes count as the key they spell.
 */
function duplicateKeys(text: string): string[] {
  const found: string[] = [];
  let i = 0;
  const space = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const string = (): string => {
    const start = i;
    i++;
    while (text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (at: string): void => {
    space();
    if (text[i] === "{") {
      i++;
      const seen = new Set<string>();
      space();
      while (text[i] !== "}") {
        const key = string();
        const keyPath = at ? `${at}.${key}` : key;
        if (seen.has(key)) found.push(keyPath);
        seen.add(key);
        space();
        i++; // the colon
        value(keyPath);
        space();
        if (text[i] === ",") i++;
        space();
      }
      i++;
    } else if (text[i] === "[") {
      i++;
      let n = 0;
      space();
      while (text[i] !== "]") {
        value(`${at}[${n++}]`);
        space();
        if (text[i] === ",") i++;
        space();
      }
      i++;
    } else if (text[i] === '"') {
      string();
    } else {
      while (i < text.length && !/[\s,}\]]/.test(text[i]!)) i++;
    }
  };
  JSON.parse(text); // only valid JSON is scanned
  value("");
  return found;
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

  it("finds a duplicate key at any level (JSON.parse would keep the last one)", () => {
    expect(duplicateKeys('{"a": {"b": "1", "c": ["x", {"d": 1, "d": 2}], "b": "2"}, "e": true, "a": null}')).toEqual([
      "a.c[1].d",
      "a.b",
      "a",
    ]);
    expect(duplicateKeys('{"a\\u0062": 1, "ab": 2, "q\\"": {"b": 1}, "r": {"b": 2}}')).toEqual(["ab"]);
    expect(duplicateKeys('{"a": {}, "b": [], "c": -1.5e3}')).toEqual([]);
  });

  it.each(routing.locales)("%s has no key twice in the same object", (locale) => {
    expect(duplicateKeys(fs.readFileSync(file(locale), "utf8"))).toEqual([]);
  });

  it("nl is the default locale", () => {
    expect(routing.defaultLocale).toBe("nl");
  });
});
