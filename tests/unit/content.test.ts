/**
 * Content tests for the werkboek: everything under `content/`.
 *
 * 1. Every text exists in nl and en and is not empty (real content validates;
 *    a copy with one text removed or emptied does not).
 * 2. Ids are unique, and stable: every id in tests/unit/content-ids.json must
 *    still exist. New ids may be added; run with UPDATE_CONTENT_IDS=1 to add
 *    them to the list. Never remove an id from the list by hand: ids are stored
 *    with answers.
 * 3. The five acts are in essay order, with the poles from shared/seeds/README.md
 *    (act 5's pole labels say what they mean instead of "sturen" and "volgen").
 * 4. No run of 12 consecutive words from the source documents in shared/seeds
 *    appears anywhere in content/ (write in your own words).
 * 5. Every act has a summary, about three core statements for the short workbook,
 *    and a reflection question on strengthening both sides; retired statements
 *    are kept (old answers) but not asked.
 * Plus checks on the facilitator guide, roles, profile and placeholders.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { readWorkbook } from "../../lib/data/content";
import type { TWorkbook } from "../../lib/domain/content/schema";
import { askedStatements, listItems, listSteps, toScoringActs } from "../../lib/domain/workbook";

const CONTENT_DIR = path.resolve(process.cwd(), "content");
const SEEDS_DIR = path.resolve(process.cwd(), "../shared/seeds");
const IDS_FILE = path.resolve(process.cwd(), "tests/unit/content-ids.json");
const SHINGLE = 12;

/** The act ids in essay order. */
const ACT_IDS = [
  "inbedding-borging",
  "cocreatie-representatie",
  "focus-breedte",
  "ruimte-kaders",
  "sturen-volgen",
];

// ---------------------------------------------------------------- helpers

/** Item `i` of a list (negative counts from the end); throws when there is none. */
function nth<T>(list: readonly T[], i: number): T {
  const item = list.at(i);
  if (item === undefined) throw new Error(`no item at ${i} in a list of ${list.length}`);
  return item;
}

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of content/ in a temp dir. */
function copyContent(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "werkboek-content-"));
  tempDirs.push(dir);
  fs.cpSync(CONTENT_DIR, dir, { recursive: true });
  return dir;
}

type Key = string | number;

/** The value at `keys` inside parsed YAML. */
function getPath(data: unknown, keys: Key[]): unknown {
  return keys.reduce<unknown>((node, key) => (node as Record<Key, unknown>)[key], data);
}

/** Sets the value at `keys` inside parsed YAML; `undefined` deletes the key. */
function setPath(data: unknown, keys: Key[], value: unknown): void {
  const parent = getPath(data, keys.slice(0, -1)) as Record<Key, unknown>;
  const last = nth(keys, -1);
  if (value === undefined) delete parent[last];
  else parent[last] = value;
}

/** Parse a YAML file in `dir`, let `edit` change it, write it back. */
function editYaml(dir: string, file: string, edit: (data: unknown) => void): void {
  const full = path.join(dir, file);
  const data: unknown = parse(fs.readFileSync(full, "utf8"));
  edit(data);
  fs.writeFileSync(full, stringify(data));
}

function readYamlAt(dir: string, file: string, keys: Key[]): unknown {
  return getPath(parse(fs.readFileSync(path.join(dir, file), "utf8")), keys);
}

function actFiles(dir: string = CONTENT_DIR): string[] {
  return fs
    .readdirSync(path.join(dir, "acts"))
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => `acts/${f}`);
}

/** All files under `dir`, relative to it. */
function listFiles(dir: string, prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(prefix, entry.name);
    return entry.isDirectory() ? listFiles(path.join(dir, entry.name), rel) : [rel];
  });
}

/** Every string in a parsed YAML value, with its path. */
function collectStrings(value: unknown, at = ""): { at: string; text: string }[] {
  if (typeof value === "string") return [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => collectStrings(v, `${at}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => collectStrings(v, at ? `${at}.${k}` : k));
  }
  return [];
}

/** Every object in a parsed YAML value that has an `nl` or `en` key. */
function collectLocalized(value: unknown, at = ""): { at: string; obj: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => collectLocalized(v, `${at}[${i}]`));
  if (value && typeof value === "object") {
    const obj = value as Record<string, unknown>;
    const own = "nl" in obj || "en" in obj ? [{ at, obj }] : [];
    return [
      ...own,
      ...Object.entries(obj).flatMap(([k, v]) => collectLocalized(v, at ? `${at}.${k}` : k)),
    ];
  }
  return [];
}

/** Ids per part of the workbook, as kept in content-ids.json. */
function collectIds(wb: TWorkbook): Record<string, string[]> {
  return {
    acts: wb.acts.map((a) => a.id),
    statements: wb.acts.flatMap((a) => a.statements.map((s) => s.id)),
    reflections: wb.acts.flatMap((a) => a.reflection.map((r) => r.id)),
    roles: wb.roles.map((r) => r.id),
    profile: [
      ...wb.profile.varieties.map((v) => v.id),
      ...wb.profile.themes.options.map((o) => o.id),
      ...wb.profile.drivers.options.map((o) => o.id),
    ],
    promises: [
      ...wb.promises.promises.items.map((o) => o.id),
      ...wb.promises.downsides.items.map((o) => o.id),
    ],
    interests: wb.interests.questions.map((q) => q.id),
    guide: [
      ...wb.guide.sections.map((s) => s.id),
      ...wb.guide.meetingPlans.map((m) => m.id),
      ...wb.guide.workForms.map((w) => w.id),
    ],
  };
}

/**
 * Lowercase words made of Unicode letters and digits only. Accents are dropped
 * (NFD splits them off as marks, which are not letters), so "géén" = "geen".
 */
function toWords(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
}

/** All runs of `SHINGLE` consecutive words in `text`. */
function shinglesOf(text: string): string[] {
  const words = toWords(text);
  const runs: string[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    runs.push(words.slice(i, i + SHINGLE).join(" "));
  }
  return runs;
}

/** The runs of `text` that also occur in the seed shingles. */
function findCopiedRuns(text: string, seedShingles: Set<string>): string[] {
  return shinglesOf(text).filter((run) => seedShingles.has(run));
}

function readSeedShingles(): Set<string> {
  const set = new Set<string>();
  for (const file of fs.readdirSync(SEEDS_DIR).sort()) {
    const full = path.join(SEEDS_DIR, file);
    if (!fs.statSync(full).isFile()) continue;
    for (const run of shinglesOf(fs.readFileSync(full, "utf8"))) set.add(run);
  }
  return set;
}

/**
 * The numbered act list in the seeds README: [[poleA, poleB], ...] in essay order.
 * A line may go on after the poles with notes ("5. Sturen — volgen. In the essay …"):
 * only the part before the first full stop names the poles.
 */
function readmePoles(): [string, string][] {
  const readme = fs.readFileSync(path.join(SEEDS_DIR, "README.md"), "utf8");
  return readme
    .split("\n")
    .map((line) => /^\s*\d+\.\s+(.+)$/.exec(line)?.[1])
    .filter((rest): rest is string => Boolean(rest))
    .map((rest) => {
      const withoutNotes = rest.replace(/\([^)]*\)/g, " ").replace(/\.(\s.*)?$/, "");
      const [a, b] = withoutNotes.split(/\s+[—–-]\s+/);
      if (!a || !b) throw new Error(`README act line without two poles: ${rest}`);
      return [a.trim(), b.trim()] as [string, string];
    });
}

/** For comparing pole names: lowercase letters only ("Co-creatie" = "cocreatie"). */
function squash(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/[^\p{L}]+/gu, "");
}

/** The real content, read and validated once. */
let cachedWorkbook: TWorkbook | undefined;
function realWorkbook(): TWorkbook {
  cachedWorkbook ??= readWorkbook(CONTENT_DIR);
  return cachedWorkbook;
}

// ---------------------------------------------------------------- 1. languages

describe("every text has nl and en", () => {
  it("the real content validates", () => {
    expect(() => realWorkbook()).not.toThrow();
    expect(realWorkbook().acts).toHaveLength(5);
  });

  it("every nl/en pair in every content file has both languages, non-empty", () => {
    const problems: string[] = [];
    for (const file of listFiles(CONTENT_DIR).filter((f) => f.endsWith(".yaml"))) {
      const data = parse(fs.readFileSync(path.join(CONTENT_DIR, file), "utf8"));
      for (const { at, obj } of collectLocalized(data)) {
        for (const lang of ["nl", "en"]) {
          const text = obj[lang];
          if (typeof text !== "string" || text.trim() === "") problems.push(`${file} ${at}.${lang}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  const firstAct = () => nth(actFiles(), 0);
  const lastAct = () => nth(actFiles(), -1);
  // `to: undefined` removes the text, a string replaces it.
  const cases: { name: string; file: () => string; keys: Key[]; to: string | undefined }[] = [
    { name: "act pole label en removed", file: firstAct, keys: ["poles", "a", "label", "en"], to: undefined },
    { name: "act statement en emptied", file: firstAct, keys: ["statements", 0, "b", "en"], to: "" },
    { name: "act reflection en removed", file: lastAct, keys: ["reflection", 0, "question", "en"], to: undefined },
    { name: "role description en removed", file: () => "roles.yaml", keys: ["roles", 0, "description", "en"], to: undefined },
    { name: "profile variety pole nl blank", file: () => "profile.yaml", keys: ["varieties", 0, "poles", "b", "nl"], to: "   " },
    { name: "promise label en emptied", file: () => "promises.yaml", keys: ["downsides", "items", 0, "label", "en"], to: "" },
    { name: "interest hint en removed", file: () => "interests.yaml", keys: ["questions", 0, "hint", "en"], to: undefined },
    { name: "guide paragraph en removed", file: () => "guide.yaml", keys: ["sections", 0, "paragraphs", 0, "en"], to: undefined },
  ];

  it.each(cases)("rejects a copy with $name", ({ file, keys, to }) => {
    const dir = copyContent();
    const rel = file();
    expect(typeof readYamlAt(dir, rel, keys), `${rel} ${keys.join(".")} exists`).toBe("string");
    editYaml(dir, rel, (d) => setPath(d, keys, to));
    expect(() => readWorkbook(dir)).toThrow(`Invalid workbook content in ${rel}`);
  });
});

// ---------------------------------------------------------------- 2. ids

describe("ids are unique and stable", () => {
  it("rejects a statement id used in two acts", () => {
    const dir = copyContent();
    const files = actFiles(dir);
    const id = readYamlAt(dir, nth(files, 0), ["statements", 0, "id"]);
    editYaml(dir, nth(files, 1), (d) => setPath(d, ["statements", 0, "id"], id));
    expect(() => readWorkbook(dir)).toThrow(`id "${String(id)}" is used twice`);
  });

  it("rejects a statement id used twice in one act", () => {
    const dir = copyContent();
    const file = nth(actFiles(dir), 0);
    const id = readYamlAt(dir, file, ["statements", 0, "id"]);
    editYaml(dir, file, (d) => setPath(d, ["statements", 1, "id"], id));
    expect(() => readWorkbook(dir)).toThrow(`id "${String(id)}" is used twice`);
  });

  it("keeps every id listed in content-ids.json", () => {
    const current = collectIds(realWorkbook());
    if (process.env.UPDATE_CONTENT_IDS === "1") {
      const known: Record<string, string[]> = fs.existsSync(IDS_FILE)
        ? JSON.parse(fs.readFileSync(IDS_FILE, "utf8"))
        : {};
      const merged = Object.fromEntries(
        Object.entries(current).map(([part, ids]) => {
          const old = known[part] ?? [];
          return [part, [...old, ...ids.filter((id) => !old.includes(id))]];
        }),
      );
      fs.writeFileSync(IDS_FILE, `${JSON.stringify(merged, null, 2)}\n`);
    }
    const listed: Record<string, string[]> = JSON.parse(fs.readFileSync(IDS_FILE, "utf8"));
    expect(Object.keys(listed).sort()).toEqual(Object.keys(current).sort());
    const missing = Object.entries(listed).flatMap(([part, ids]) =>
      ids.filter((id) => !(current[part] ?? []).includes(id)).map((id) => `${part}: ${id}`),
    );
    expect(missing, "ids were removed or renamed; stored answers use them").toEqual([]);
  });
});

// ---------------------------------------------------------------- 3. essay order

describe("acts follow the essay", () => {
  it("has the five acts in essay order", () => {
    expect(realWorkbook().acts.map((a) => a.id)).toEqual(ACT_IDS);
    expect(realWorkbook().acts.map((a) => a.order)).toEqual([1, 2, 3, 4, 5]);
  });

  it("names the act files after their place in the essay", () => {
    expect(actFiles().map((f) => path.basename(f).split("-")[0])).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("uses the poles from the seeds README, in the same order", () => {
    const poles = readmePoles();
    expect(poles).toHaveLength(5);
    realWorkbook().acts.forEach((act, i) => {
      const [a, b] = nth(poles, i).map(squash) as [string, string];
      const title = squash(act.title.nl);
      expect(title, `title of ${act.id}`).toContain(a);
      expect(title, `title of ${act.id}`).toContain(b);
      expect(title.indexOf(a), `pole order in title of ${act.id}`).toBeLessThan(title.indexOf(b));
      if (act.id === "sturen-volgen") return; // see the next test
      expect(squash(act.poles.a.label.nl), `pole A of ${act.id}`).toContain(a);
      expect(squash(act.poles.b.label.nl), `pole B of ${act.id}`).toContain(b);
    });
  });

  it("labels act 5's poles by what they mean, not with the ambiguous sturen and volgen", () => {
    // In the essay the Rijk steers (tasks set from above) or follows (what the region
    // starts). Seen from the region: its own task (A) or tasks set nationally (B).
    const act = realWorkbook().acts.find((a) => a.id === "sturen-volgen")!;
    for (const side of ["a", "b"] as const) {
      for (const lang of ["nl", "en"] as const) {
        expect(act.poles[side].label[lang], `pole ${side} ${lang}`).not.toMatch(/sturen|volgen|steer|follow/i);
      }
    }
    expect(act.poles.a.label.nl).toMatch(/eigen/i);
    expect(act.poles.a.label.en).toMatch(/own/i);
    expect(act.poles.b.label.nl).toMatch(/landelijk/i);
    expect(act.poles.b.label.en).toMatch(/national/i);
    // The descriptions say which side the Rijk steers and which it follows.
    expect(act.poles.a.description.nl).toMatch(/Rijk volgt/);
    expect(act.poles.b.description.nl).toMatch(/Rijk stuurt/);
  });
});

// ---------------------------------------------------------------- 4. own words

describe("content is written in its own words", () => {
  const seedShingles = readSeedShingles();

  it("reads the seeds", () => {
    expect(seedShingles.size).toBeGreaterThan(5000);
  });

  it("the guard catches a copied run of words (made-up fixture, not a source sentence)", () => {
    // A made-up "source": the guard must find a run of 12 words taken from it.
    const source =
      "De wethouder van Wolkendorp fietste elke dinsdag langs alle zeven buurthuizen om koffie te drinken met de vrijwilligers.";
    const fixture = new Set(shinglesOf(source));
    const copied = toWords(source).slice(3, 3 + SHINGLE).join(" ");
    expect(findCopiedRuns(`Onze eigen inleiding. ${copied} En dan weer eigen woorden.`, fixture)).toEqual([copied]);
    // Case, accents and punctuation do not hide a copy.
    const shouted =
      "VAN WOLKENDORP fietste élke dinsdag, langs alle zeven buurthuizen! Om koffie te drinken.";
    expect(findCopiedRuns(shouted, fixture).length).toBeGreaterThan(0);
    // Eleven shared words in a row are fine.
    const eleven = "Wolkendorp fietste elke dinsdag langs alle zeven buurthuizen om koffie te schenken voor iedereen.";
    expect(findCopiedRuns(eleven, fixture)).toEqual([]);
    // The made-up sentence is not in the real sources either.
    expect(findCopiedRuns(source, seedShingles)).toEqual([]);
  });

  it("no run of 12 words from the seeds appears in any content file", () => {
    const hits: string[] = [];
    for (const file of listFiles(CONTENT_DIR)) {
      const raw = fs.readFileSync(path.join(CONTENT_DIR, file), "utf8");
      for (const run of findCopiedRuns(raw, seedShingles)) hits.push(`${file}: "${run}"`);
      if (file.endsWith(".yaml")) {
        for (const { at, text } of collectStrings(parse(raw))) {
          for (const run of findCopiedRuns(text, seedShingles)) hits.push(`${file} ${at}: "${run}"`);
        }
      }
    }
    expect([...new Set(hits)]).toEqual([]);
  });
});

// ---------------------------------------------------------------- other checks

describe("roles, profile and guide", () => {
  it("has the roles in the agreed order", () => {
    expect(realWorkbook().roles.map((r) => r.id)).toEqual([
      "administrator",
      "manager",
      "professional",
      "client",
      "funder",
      "elected-representative",
      "national-government",
      "other",
    ]);
  });

  it("offers the required themes and drivers", () => {
    const themes = realWorkbook().profile.themes.options.map((o) => o.id);
    expect(themes).toEqual(expect.arrayContaining(["theme-health-promotion", "theme-social-domain", "theme-care"]));
    const drivers = realWorkbook().profile.drivers.options.map((o) => o.id);
    expect(drivers).toEqual(
      expect.arrayContaining(["driver-iza", "driver-gala", "driver-wozo", "driver-youth-reform", "driver-other"]),
    );
  });

  it("has both meeting plans, and their blocks add up to the total time", () => {
    const plans = realWorkbook().guide.meetingPlans;
    expect(plans.map((p) => p.id)).toEqual(expect.arrayContaining(["plan-two-hours", "plan-half-day"]));
    for (const plan of plans) {
      const sum = plan.blocks.reduce((total, block) => total + block.minutes, 0);
      expect(sum, `minutes of ${plan.id}`).toBe(plan.totalMinutes);
    }
    expect(plans.find((p) => p.id === "plan-two-hours")?.totalMinutes).toBe(120);
    expect(plans.find((p) => p.id === "plan-half-day")?.totalMinutes).toBe(240);
  });

  it("has the required work forms", () => {
    expect(realWorkbook().guide.workForms.map((w) => w.id)).toEqual(
      expect.arrayContaining([
        "line-up",
        "one-two-four-all",
        "statements",
        "fishbowl",
        "other-chair",
        "interest-map",
        "dot-voting",
        "polarity-map",
      ]),
    );
  });

  it("tells facilitators that balancing is not a score", () => {
    const texts = realWorkbook().guide.sections.flatMap((s) => s.paragraphs);
    expect(texts.some((t) => /geen score/i.test(t.nl))).toBe(true);
    expect(texts.some((t) => /not a score/i.test(t.en))).toBe(true);
  });

  it("has no placeholders", () => {
    const hits = listFiles(CONTENT_DIR).filter((file) =>
      /lorem|ipsum|\bTODO\b|\bTBD\b|\bFIXME\b|\bXXX\b/i.test(fs.readFileSync(path.join(CONTENT_DIR, file), "utf8")),
    );
    expect(hits).toEqual([]);
  });
});

// ---------------------------------------------------------------- 5. short workbook, summaries, retired statements

describe("summaries, core statements and retired statements", () => {
  it("gives every act a short summary of two or three sentences", () => {
    for (const act of realWorkbook().acts) {
      for (const lang of ["nl", "en"] as const) {
        const sentences = act.summary[lang].split(/[.?!](?:\s|$)/).filter((t) => t.trim() !== "");
        expect(sentences.length, `${act.id} summary ${lang}`).toBeGreaterThanOrEqual(2);
        expect(sentences.length, `${act.id} summary ${lang}`).toBeLessThanOrEqual(3);
      }
    }
  });

  it("marks about three core statements per act, none of them retired", () => {
    for (const act of realWorkbook().acts) {
      const core = act.statements.filter((s) => s.core);
      expect(core.length, `core statements of ${act.id}`).toBe(3);
      expect(core.filter((s) => s.retired), `retired core statements of ${act.id}`).toEqual([]);
    }
  });

  it("rejects an act with a retired core statement or too few core statements", () => {
    const dir = copyContent();
    const file = nth(actFiles(dir), 0);
    editYaml(dir, file, (d) => {
      const statements = getPath(d, ["statements"]) as { core?: boolean; retired?: boolean }[];
      const first = statements.find((s) => s.core)!;
      first.retired = true;
    });
    expect(() => readWorkbook(dir)).toThrow("cannot be a core statement");
    const dir2 = copyContent();
    editYaml(dir2, nth(actFiles(dir2), 0), (d) => {
      for (const s of getPath(d, ["statements"]) as { core?: boolean }[]) delete s.core;
    });
    expect(() => readWorkbook(dir2)).toThrow("core statements");
  });

  it("asks between 6 and 10 statements per act, retired ones not counted", () => {
    for (const act of realWorkbook().acts) {
      const asked = askedStatements(act).length;
      expect(asked, act.id).toBeGreaterThanOrEqual(6);
      expect(asked, act.id).toBeLessThanOrEqual(10);
    }
  });

  it("keeps retired statements readable and scored, but does not ask them", () => {
    const wb = realWorkbook();
    const retired = wb.acts.flatMap((a) => a.statements.filter((s) => s.retired).map((s) => s.id));
    expect(retired.length).toBeGreaterThan(0);
    // Still in the content, with their texts, so old answers can be read.
    const listed: Record<string, string[]> = JSON.parse(fs.readFileSync(IDS_FILE, "utf8"));
    for (const id of retired) expect(listed.statements).toContain(id);
    // Not asked: not on the act steps and not an answerable item.
    const shown = listSteps(wb).flatMap((step) => step.act?.statements.map((s) => s.id) ?? []);
    const answerable = new Set(listItems(wb).map((i) => i.id));
    for (const id of retired) {
      expect(shown, id).not.toContain(id);
      expect(answerable.has(id), id).toBe(false);
    }
    // Still scored: sessions that answered them keep their balance profile.
    const scored = new Set(toScoringActs(wb).flatMap((a) => a.items.map((i) => i.id)));
    for (const id of retired) expect(scored.has(id), id).toBe(true);
  });

  it("ends every act's reflection with a question on strengthening both sides together", () => {
    for (const act of realWorkbook().acts) {
      expect(nth(act.reflection, -1).id, act.id).toMatch(/-allebei$/);
    }
  });
});

describe("the guide covers what a facilitator needs", () => {
  const guide = () => realWorkbook().guide;
  const sectionIds = () => guide().sections.map((s) => s.id);

  it("has a primer on the essay, the mandate step, a series, an online variant and the glossary", () => {
    expect(sectionIds()).toEqual(
      expect.arrayContaining([
        "essay-primer",
        "mandate",
        "series-of-meetings",
        "online-hybrid",
        "power-and-passing",
        "glossary",
      ]),
    );
  });

  it("explains the words above B1 in the glossary", () => {
    const glossary = guide().sections.find((s) => s.id === "glossary")!;
    const terms = glossary.paragraphs.map((p) => p.nl.split(":")[0]!.trim().toLowerCase());
    for (const term of ["borging", "mandaat", "rekenschap", "koppelvlak", "systeemverantwoordelijkheid"]) {
      expect(terms, term).toContain(term);
    }
  });

  it("gives the two-hour and half-day plans some slack", () => {
    for (const plan of guide().meetingPlans) {
      const slack = plan.blocks.filter((b) => /speling/i.test(b.title.nl) && !b.workForm);
      expect(slack.length, `slack in ${plan.id}`).toBeGreaterThan(0);
      expect(slack.reduce((t, b) => t + b.minutes, 0), `minutes of slack in ${plan.id}`).toBeGreaterThanOrEqual(10);
    }
  });

  it("uses each work form with the time the work form itself needs", () => {
    const minutes = new Map(guide().workForms.map((w) => [w.id, w.minutes]));
    for (const plan of guide().meetingPlans) {
      for (const block of plan.blocks) {
        if (block.workForm) expect(block.minutes, `${plan.id}: ${block.workForm}`).toBeGreaterThanOrEqual(minutes.get(block.workForm)!);
      }
    }
  });

  it("uses plain English: 'activities', not 'work forms'; no 'aldermen'; 'executives', not 'administrators'", () => {
    const hits: string[] = [];
    for (const file of listFiles(CONTENT_DIR).filter((f) => f.endsWith(".yaml"))) {
      for (const { at, text } of collectStrings(parse(fs.readFileSync(path.join(CONTENT_DIR, file), "utf8")))) {
        if (at.endsWith(".en") && /work forms?\b|aldermen|administrators?\b/i.test(text)) hits.push(`${file} ${at}`);
      }
    }
    expect(hits).toEqual([]);
  });
});
