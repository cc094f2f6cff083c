import fs from "node:fs";
import path from "node:path";
import IntlMessageFormat from "intl-messageformat";
import { createTranslator, NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ActBalanceChart, type ActBalanceChartProps } from "@/components/charts/ActBalanceChart";
import { BalanceBoard, type BalanceBoardProps } from "@/components/charts/BalanceBoard";
import { NO_ROLE_STYLE, ROLE_STYLES, roleStyle, SYMBOL_SHAPES, UNKNOWN_ROLE_STYLE } from "@/components/charts/chart-style";
import { readWorkbook } from "@/lib/data/content";
import { DataTable } from "@/components/charts/DataTable";
import {
  actSummary,
  actTableRows,
  boardActSentence,
  gapWithNumber,
  type TTranslate,
} from "@/lib/domain/figure-text";
import { stackValues } from "@/components/charts/geometry";
import { ghostPositions } from "@/components/charts/ghost";
import { SignalBadges } from "@/components/charts/SignalBadges";
import fc from "fast-check";
import { describeGap, describeSpread } from "@/lib/domain/describe-position";
import { selectPrompts } from "@/lib/domain/prompts";
import { computeSessionProfile, seriesShift, seriesSpread, type TActProfile, type TAnswerRow, type TDot, type TStats } from "@/lib/domain/scoring";
import messagesEn from "@/messages/en.json";
import messagesNl from "@/messages/nl.json";

const chartsNl = { charts: messagesNl.charts };
const chartsEn = { charts: messagesEn.charts };

// ---------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------

function stats(values: number[]): TStats {
  const s = [...values].sort((a, b) => a - b);
  const q = (p: number) => {
    const h = (s.length - 1) * p;
    const lo = Math.floor(h);
    const f = h - lo;
    return f === 0 ? (s[lo] as number) : (1 - f) * (s[lo] as number) + f * (s[lo + 1] as number);
  };
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return {
    n: s.length,
    median: q(0.5),
    mean,
    q1: q(0.25),
    q3: q(0.75),
    iqr: q(0.75) - q(0.25),
    sd: Math.sqrt(s.reduce((a, b) => a + (b - mean) ** 2, 0) / s.length),
    min: s[0] as number,
    max: s[s.length - 1] as number,
  };
}

const DOTS: TDot[] = [
  { now: -0.6, desired: 0.2, role: "administrator" },
  { now: -0.6, desired: 0.2, role: "administrator" },
  { now: -0.6, desired: 0.2, role: "administrator" },
  { now: -0.4, desired: 0.4, role: "professional" },
  { now: -0.4, desired: 0.4, role: "professional" },
  { now: -0.2, desired: 0.6, role: "professional" },
  { now: 0, desired: 0, role: null },
];

function actProfile(overrides: Partial<TActProfile> = {}): TActProfile {
  const nows = DOTS.map((d) => d.now as number);
  const desireds = DOTS.map((d) => d.desired as number);
  const gaps = DOTS.map((d) => (d.desired as number) - (d.now as number));
  return {
    actId: "focus-breedte",
    respondents: DOTS.length,
    hidden: false,
    now: stats(nows),
    desired: stats(desireds),
    gap: stats(gaps),
    split: { now: false, desired: false },
    dots: DOTS,
    byRole: [
      { role: "administrator", n: 3, now: stats([-0.6, -0.6, -0.6]), desired: stats([0.2, 0.2, 0.2]), gap: stats([0.8, 0.8, 0.8]) },
      { role: "professional", n: 3, now: stats([-0.4, -0.4, -0.2]), desired: stats([0.4, 0.4, 0.6]), gap: stats([0.8, 0.8, 0.8]) },
    ],
    signals: ["change-wanted"],
    attention: 1.6,
    measures: { shift: 0.8, spread: 0.4, roleDifference: 0.2 },
    ...overrides,
  };
}

const HIDDEN: TActProfile = {
  ...actProfile(),
  respondents: 2,
  hidden: true,
  now: null,
  desired: null,
  gap: null,
  dots: null,
  byRole: [],
  signals: [],
  attention: 0,
  measures: { shift: null, spread: null, roleDifference: null },
};

const LABELS: ActBalanceChartProps["labels"] = {
  now: "Nu",
  desired: "Gewenst",
  medianNow: "Groep nu",
  medianDesired: "Groep gewenst",
  arrow: "Van nu naar gewenst",
  spreadNow: "Middelste helft nu",
  spreadDesired: "Middelste helft gewenst",
  split: "Verdeeld",
  partner: "Een partner",
  partnerNoRole: "Een partner (rol niet getoond)",
};

const ROLE_LABELS = { administrator: "Bestuurder", professional: "Professional" };

function renderAct(props: Partial<ActBalanceChartProps> = {}): string {
  return renderToStaticMarkup(
    <ActBalanceChart
      profile={actProfile()}
      poleA="Focus"
      poleB="Breedte"
      labels={LABELS}
      roleLabels={ROLE_LABELS}
      ariaLabel="Grafiek: focus en breedte"
      {...props}
    />,
  );
}

const count = (html: string, needle: string) => html.split(needle).length - 1;

/** Centre (x%, y) of every dot of a lane, from the nested <svg x=".." y=".."> wrappers. */
function dotPositions(html: string, lane: "now" | "desired"): string[] {
  const re = new RegExp(`<svg x="([^"]+)" y="([^"]+)" overflow="visible" data-dot="${lane}"`, "g");
  return [...html.matchAll(re)].map((m) => `${m[1]},${m[2]}`);
}

// ---------------------------------------------------------------------------
// ActBalanceChart
// ---------------------------------------------------------------------------

describe("ActBalanceChart (server-rendered markup)", () => {
  it("renders an SVG with role img and an aria-label, and does not take keyboard focus", () => {
    const html = renderAct();
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="Grafiek: focus en breedte"');
    expect(html).not.toMatch(/tabindex/i);
    expect(html).not.toContain('role="application"');
  });

  it("puts pole A at the left end and pole B at the right end", () => {
    const html = renderAct();
    const a = html.indexOf('data-pole="a"');
    const b = html.indexOf('data-pole="b"');
    expect(a).toBeGreaterThan(-1);
    expect(b).toBeGreaterThan(a);
    expect(html.slice(a, b)).toContain("Focus");
    expect(html.slice(b)).toContain("Breedte");
    expect(html.slice(a, b)).toContain("text-left");
    expect(html.slice(b, b + 200)).toContain("text-right");
  });

  it("has no numbers on the axis: no text in the SVG contains a digit", () => {
    const svg = renderAct().match(/<svg role="img"[\s\S]*?<\/svg>\s*<\/div>/)?.[0] ?? "";
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toEqual(expect.arrayContaining(["Nu", "Gewenst"]));
    for (const t of texts) expect(t).not.toMatch(/\d/);
  });

  it("draws one dot per participant in each lane", () => {
    const html = renderAct();
    expect(count(html, 'data-dot="now"')).toBe(DOTS.length);
    expect(count(html, 'data-dot="desired"')).toBe(DOTS.length);
  });

  it("leaves out a lane's dot when that participant has no position there", () => {
    const dots: TDot[] = [...DOTS, { now: 0.3, desired: null, role: null }];
    const html = renderAct({ profile: actProfile({ dots }) });
    expect(count(html, 'data-dot="now"')).toBe(dots.filter((d) => d.now !== null).length);
    expect(count(html, 'data-dot="desired"')).toBe(dots.filter((d) => d.desired !== null).length);
  });

  it("keeps dots with equal positions visible (no two dots at the same spot)", () => {
    const same: TDot[] = Array.from({ length: 9 }, (_, i) => ({ now: 0.2, desired: -0.4, role: i % 2 ? "manager" : null }));
    const html = renderAct({ profile: actProfile({ dots: same }) });
    for (const lane of ["now", "desired"] as const) {
      const pos = dotPositions(html, lane);
      expect(pos).toHaveLength(same.length);
      expect(new Set(pos).size).toBe(same.length);
    }
  });

  it("shows shape and colour by role, and a legend with the role labels", () => {
    const html = renderAct();
    expect(html).toContain(`fill="${roleStyle("administrator").fill}"`);
    expect(html).toContain(`fill="${roleStyle("professional").fill}"`);
    expect(html).toContain('data-role="administrator"');
    expect(html).toContain("Bestuurder");
    expect(html).toContain("Professional");
    expect(html).toContain("Een partner (rol niet getoond)");
  });

  it("has a style for every role in content/roles.yaml: its own colour and its own shape", () => {
    const roles = readWorkbook().roles.map((r) => r.id);
    const missing = roles.filter((r) => ROLE_STYLES[r] === undefined);
    expect(missing, "roles without a style in components/charts/chart-style.ts").toEqual([]);
    const styles = roles.map((r) => roleStyle(r));
    const looks = [...styles, NO_ROLE_STYLE, UNKNOWN_ROLE_STYLE].map((st) => `${st.shape} ${st.fill}`);
    expect(new Set(looks).size, "no two roles look alike, nor like a dot without role or an unknown role").toBe(looks.length);
    expect(new Set(styles.map((st) => st.fill)).size, "a colour per role").toBe(roles.length);
    expect(roles.length, "a shape for every role: add one to SYMBOL_SHAPES (and draw it in DotShape)").toBeLessThanOrEqual(SYMBOL_SHAPES.length);
    expect(new Set(styles.map((st) => st.shape)).size, "a shape per role, so roles are told apart without colour").toBe(roles.length);
    expect(Object.keys(ROLE_STYLES).filter((r) => !roles.includes(r)), "styles for roles that are not in the content").toEqual([]);
  });

  it("draws the eighth shape, a triangle pointing down, in the chart and in its legend", () => {
    const dots: TDot[] = [...DOTS, { now: 0.4, desired: 0.4, role: "national-government" }, { now: 0.5, desired: 0.5, role: "manager" }];
    const html = renderAct({
      profile: actProfile({ dots }),
      roleLabels: { ...ROLE_LABELS, "national-government": "Rijksoverheid", manager: "Manager" },
    });
    const legend = html.slice(html.indexOf("data-legend"));
    expect(legend).toContain("Rijksoverheid");
    // Two lanes and the legend: each a turned triangle in the role's colour; no other dot is turned.
    const turned = [...html.matchAll(/<g transform="rotate\(180\)"><path [^>]*?fill="([^"]+)"/g)].map((m) => m[1]);
    expect(turned).toEqual([roleStyle("national-government").fill, roleStyle("national-government").fill, roleStyle("national-government").fill]);
    expect(roleStyle("manager").shape).toBe("square");
  });

  it("lists the legend's roles in the content's order (as byRole lists them), not alphabetically", () => {
    const dots: TDot[] = [...DOTS, { now: 0.1, desired: 0.1, role: "manager" }];
    const html = renderAct({
      profile: actProfile({ dots, byRole: [...actProfile().byRole].reverse() }),
      roleLabels: { ...ROLE_LABELS, manager: "Manager" },
    });
    const legend = html.slice(html.indexOf("data-legend"));
    const at = (label: string) => legend.indexOf(`<span>${label}</span>`);
    expect(at("Professional")).toBeGreaterThan(-1);
    expect(at("Professional")).toBeLessThan(at("Bestuurder"));
    expect(at("Bestuurder")).toBeLessThan(at("Manager"));
  });

  it("draws the medians and an arrow from now to desired", () => {
    const html = renderAct();
    expect(html).toContain('data-median="now"');
    expect(html).toContain('data-median="desired"');
    expect(html).toContain("data-arrow");
    expect(html).toMatch(/marker-end="url\(#bc-[A-Za-z0-9_-]+-arrow\)"/);
  });

  it("renders nothing when the act is hidden", () => {
    expect(renderAct({ profile: HIDDEN })).toBe("");
  });

  it("shows no dots when dots may not be shown, but still the medians", () => {
    const html = renderAct({ profile: actProfile({ dots: null }) });
    expect(count(html, "data-dot=")).toBe(0);
    expect(html).toContain('data-median="now"');
  });

  it("shows a labelled ghost marker only when given", () => {
    expect(renderAct()).not.toContain("data-ghost");
    const html = renderAct({ ghost: { now: -0.8, desired: 0.1, label: "Vorige sessie (maart)" } });
    expect(html).toContain('data-ghost-mark="now"');
    expect(html).toContain('data-ghost-mark="desired"');
    expect(html).toContain("stroke-dasharray");
    expect(count(html, "Vorige sessie (maart)")).toBe(2); // on the chart and in the legend
    // The labels can say which ring marks now and which desired.
    const labelled = renderAct({
      ghost: { now: -0.8, desired: 0.1, label: "Vorige", markNow: "Vorige: nu", markDesired: "Vorige: gewenst", legend: "Vorige: groep nu en gewenst" },
    });
    expect(labelled).toMatch(/data-ghost-label="">Vorige: nu</);
    expect(labelled).toContain("Vorige: groep nu en gewenst");
  });

  it("marks a split series", () => {
    const html = renderAct({ profile: actProfile({ split: { now: true, desired: false } }) });
    expect(html).toContain('data-split="now"');
    expect(html).not.toContain('data-split="desired"');
    expect(html).toContain("Verdeeld");
  });

  it("has no animation or transition hooks", () => {
    const html = renderAct();
    expect(html).not.toMatch(/<animate|transition|@keyframes/);
  });
});

// ---------------------------------------------------------------------------
// BalanceBoard
// ---------------------------------------------------------------------------

const BOARD_LABELS: BalanceBoardProps["labels"] = {
  medianNow: "Groep nu",
  medianDesired: "Groep gewenst",
  arrow: "Van nu naar gewenst",
  spreadNow: "Middelste helft nu",
  spreadDesired: "Middelste helft gewenst",
  split: "Verdeeld",
  splitNow: "Verdeeld bij nu",
  splitDesired: "Verdeeld bij gewenst",
  splitBoth: "Verdeeld bij nu en gewenst",
  ghost: "Vorige sessie",
};

function boardRows(): BalanceBoardProps["rows"] {
  const p = actProfile();
  return [
    { actId: "a1", title: "Act één", poleA: "Inbedding", poleB: "Borging", profile: p, ghost: { now: -0.2, desired: 0.1 } },
    { actId: "a2", title: "Act twee", poleA: "Focus", poleB: "Breedte", profile: { ...p, split: { now: true, desired: false } } },
    { actId: "a3", title: "Act drie", poleA: "Sturen", poleB: "Loslaten", profile: HIDDEN, hiddenText: "Nog te weinig antwoorden." },
  ];
}

describe("BalanceBoard (server-rendered markup)", () => {
  const html = renderToStaticMarkup(<BalanceBoard rows={boardRows()} labels={BOARD_LABELS} ariaLabel="Balansbord" />);

  it("is one image with an accessible name", () => {
    expect(count(html, 'role="img"')).toBe(1);
    expect(html).toContain('aria-label="Balansbord"');
    expect(html).not.toMatch(/tabindex/i);
  });

  it("has one row per act with pole A before pole B", () => {
    expect(count(html, "data-act=")).toBe(3);
    for (const [a, b] of [
      ["Inbedding", "Borging"],
      ["Focus", "Breedte"],
      ["Sturen", "Loslaten"],
    ] as const) {
      expect(html.indexOf(`>${a}<`)).toBeGreaterThan(-1);
      expect(html.indexOf(`>${b}<`)).toBeGreaterThan(html.indexOf(`>${a}<`));
    }
  });

  it("draws medians, arrow and spread bands for shown acts only", () => {
    expect(count(html, 'data-median="now"')).toBe(2);
    expect(count(html, 'data-median="desired"')).toBe(2);
    expect(count(html, "data-arrow")).toBe(2);
    expect(count(html, 'data-band="now"')).toBe(2);
    expect(count(html, 'data-band="desired"')).toBe(2);
  });

  it("shows the message instead of a track for a hidden act", () => {
    expect(count(html, "data-track=")).toBe(2);
    expect(html).toContain("Nog te weinig antwoorden.");
  });

  it("marks the split act with a marker and a text badge", () => {
    expect(count(html, 'data-split="now"')).toBe(1);
    expect(html).toContain("Verdeeld bij nu");
  });

  it("draws the ghost only where given, and explains it in the legend", () => {
    expect(count(html, "data-ghost-mark=")).toBe(2);
    expect(html).toContain("Vorige sessie");
  });

  it("supports a projector size", () => {
    const big = renderToStaticMarkup(<BalanceBoard rows={boardRows()} labels={BOARD_LABELS} ariaLabel="Balansbord" size="projector" />);
    expect(big).toContain('data-size="projector"');
    expect(big).toContain("text-2xl");
  });
});

// ---------------------------------------------------------------------------
// Geometry and ghosts
// ---------------------------------------------------------------------------

describe("geometry", () => {
  it("stacks equal values on distinct levels, independent of input order", () => {
    const items = [0.5, 0.5, 0.5, -1, 0.5, 0.52];
    const a = stackValues(items, (v) => v).map((s) => `${s.value}:${s.level}`);
    const b = stackValues([...items].reverse(), (v) => v).map((s) => `${s.value}:${s.level}`);
    expect(a).toEqual(b);
    const levels = stackValues(items, (v) => v)
      .filter((s) => s.value >= 0.5)
      .map((s) => s.level);
    expect(new Set(levels).size).toBe(levels.length);
  });

  it("turns a previous session into ghost positions, without hidden acts", () => {
    const g = ghostPositions({ acts: [actProfile(), { ...HIDDEN, actId: "x" }] });
    expect(Object.keys(g)).toEqual(["focus-breedte"]);
    expect(g["focus-breedte"]?.now).toBeCloseTo(-0.4);
  });
});

// ---------------------------------------------------------------------------
// Messages and text alternative
// ---------------------------------------------------------------------------

function keyPaths(obj: unknown, prefix = ""): string[] {
  if (typeof obj !== "object" || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

function leaves(obj: unknown): [string, string][] {
  return keyPaths(obj).map((p) => [p, p.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj) as string]);
}

function translator(messages: typeof chartsNl, locale: "nl" | "en"): TTranslate {
  const t = createTranslator({ locale, messages, namespace: "charts" });
  return t as unknown as TTranslate;
}

describe("chart messages", () => {
  it("have the same keys in nl and en", () => {
    expect(keyPaths(chartsEn).sort()).toEqual(keyPaths(chartsNl).sort());
  });

  it("are valid ICU messages with the same arguments in both languages", () => {
    const args = (m: string, locale: string) => {
      const names = new Set<string>();
      // ICU AST: type 0 is literal text, 7 is "#"; every other element names an argument.
      type TElement = { type: number; value?: unknown; options?: Record<string, { value: TElement[] }> };
      const walk = (els: TElement[]) => {
        for (const el of els) {
          if (el.type === 0 || el.type === 7) continue;
          if (typeof el.value === "string") names.add(el.value);
          for (const o of Object.values(el.options ?? {})) walk(o.value);
        }
      };
      walk(new IntlMessageFormat(m, locale).getAst() as unknown as TElement[]);
      return names;
    };
    const en = new Map(leaves(chartsEn));
    for (const [key, nl] of leaves(chartsNl)) {
      expect(() => new IntlMessageFormat(nl, "nl")).not.toThrow();
      expect(() => new IntlMessageFormat(en.get(key) as string, "en")).not.toThrow();
      expect(args(en.get(key) as string, "en"), key).toEqual(args(nl, "nl"));
    }
  });

  it("never use score or grade language", () => {
    const all = JSON.stringify(chartsNl) + JSON.stringify(chartsEn);
    expect(all).not.toMatch(/\b(score|scores|cijfer voor|goed zo|beter dan|worse|better than|grade)\b/i);
  });

  it("build a plain-language summary with words and numbers (nl)", () => {
    const ctx = { t: translator(chartsNl, "nl"), locale: "nl", act: { title: "Focus en breedte", poleA: "Focus", poleB: "Breedte" } };
    const summary = actSummary(ctx, actProfile(), ROLE_LABELS, { now: -0.9, desired: 0, label: "Vorige sessie" }).join(" ");
    expect(summary).toContain("Nu staan de deelnemers samen een beetje richting Focus (\u22120,4).");
    expect(summary).toContain("Ze willen graag een beetje richting Breedte (+0,2) staan.");
    expect(summary).toContain("Ze willen een duidelijke verschuiving richting Breedte.");
    expect(summary).toContain("De rollen staan dicht bij elkaar.");
    expect(summary).toContain("Vorige sessie: toen stonden de deelnemers sterk richting Focus (\u22120,9).");
  });

  it("build table rows for everyone and each shown role (en)", () => {
    const ctx = { t: translator(chartsEn, "en"), locale: "en", act: { title: "Focus and breadth", poleA: "Focus", poleB: "Breadth" } };
    const rows = actTableRows(ctx, actProfile(), { administrator: "Board member", professional: "Professional" });
    expect(rows.map((r) => r.group)).toEqual(["All participants", "Board member", "Professional"]);
    expect(rows[1]).toMatchObject({ n: 3, now: "clearly towards Focus (\u22120.6)", desired: "slightly towards Breadth (+0.2)", gap: "a clear shift towards Breadth (+0.8)" });
  });

  it("never put 'no change' next to a number that is not zero", () => {
    const ctx = { t: translator(chartsNl, "nl"), locale: "nl", act: { title: "Focus en breedte", poleA: "Focus", poleB: "Breedte" } };
    expect(gapWithNumber(ctx, 0)).toBe("geen verandering gewenst (0,0)");
    expect(gapWithNumber(ctx, -0.04)).toBe("geen verandering gewenst (0,0)");
    expect(gapWithNumber(ctx, 1 / 6)).toBe("nauwelijks verandering gewenst (+0,2)");
    expect(gapWithNumber(ctx, -1.2)).toBe("een grote verschuiving richting Focus (\u22121,2)");
  });

  it("use the larger of the partners' own gaps and the gap between the medians, like the scoring model", () => {
    const p = actProfile();
    expect(seriesShift({ now: p.now, desired: p.desired, gap: null })).toBeCloseTo((p.desired as TStats).median - (p.now as TStats).median);
    expect(seriesShift({ now: stats([0, 0, 0]), desired: stats([0, 0, 0]), gap: stats([0.3, 0.3, 0.3]) })).toBeCloseTo(0.3);
    expect(seriesShift({ now: stats([-0.5, 0, 0.5]), desired: stats([0, 0.5, 1]), gap: stats([0.2, 0.2, 0.2]) })).toBeCloseTo(0.5);
    expect(seriesShift({ now: null, desired: null, gap: null })).toBeNull();
  });

  it("give the conversation prompts the same direction of change as the words and the measure", () => {
    // now -1, 0, 1 -> desired -1, 1, 1: the median personal gap is 0, the medians move 0 -> 1.
    const profile = computeSessionProfile({
      acts: [{ id: "act", items: [{ id: "i", left: "a" }] }],
      participants: [0, 1, 2].map((i) => ({ id: `p${i}`, role: "r" })),
      answers: [[1, 1], [4, 7], [7, 7]].flatMap(([now, desired], i): TAnswerRow[] => [
        { participantId: `p${i}`, itemId: "i", dimension: "now", value: now! },
        { participantId: `p${i}`, itemId: "i", dimension: "desired", value: desired! },
      ]),
    }).acts[0]!;
    expect(profile.gap?.median).toBe(0);
    expect(profile.signals).toContain("change-wanted");
    expect(seriesShift(profile)).toBe(profile.measures.shift);
    const prompts = selectPrompts(profile, { a: "Focus", b: "Breedte" }, (key, values) => `${key}${values?.pole ? `:${values.pole}` : ""}`);
    expect(prompts[0]).toBe("changeWanted.p1:Breedte");
  });

  it("say when roles differ, and word a hidden act with the threshold", () => {
    const t = translator(chartsNl, "nl");
    const ctx = { t, locale: "nl", act: { title: "Sturen", poleA: "Sturen", poleB: "Loslaten" } };
    const p = actProfile({
      byRole: [
        { role: "administrator", n: 3, now: stats([-0.9, -0.9, -0.8]), desired: null, gap: null },
        { role: "client", n: 3, now: stats([0.2, 0.3, 0.3]), desired: null, gap: null },
      ],
    });
    expect(actSummary(ctx, p, { administrator: "Bestuurder", client: "Cliënt" }).join(" ")).toContain(
      "De rollen kijken verschillend naar nu: de groep ‘Bestuurder’ staat sterk richting Sturen, de groep ‘Cliënt’ staat een beetje richting Loslaten.",
    );
    expect(boardActSentence(ctx, HIDDEN, 3)).toBe("Sturen: nog te weinig antwoorden om te tonen.");
    expect(t("hidden", { threshold: 3, count: 1 })).toBe(
      "De uitkomsten verschijnen zodra minstens 3 deelnemers deze balanceeract hebben ingevuld. Nu heeft 1 deelnemer geantwoord.",
    );
  });
});

describe("SignalBadges", () => {
  it("shows each signal as a text badge with an explanation", () => {
    const html = renderToStaticMarkup(
      <NextIntlClientProvider locale="nl" messages={chartsNl} timeZone="Europe/Amsterdam">
        <SignalBadges signals={["change-wanted", "balanced-as-wished"]} />
      </NextIntlClientProvider>,
    );
    expect(html).toContain("Signalen voor het gesprek");
    expect(html).toContain("Verandering gewenst");
    expect(html).toContain("Nu zoals gewenst");
    expect(html).toContain("Dat is geen oordeel");
    expect(count(html, "data-signal=")).toBe(2);
  });

  it("renders nothing without signals", () => {
    const html = renderToStaticMarkup(
      <NextIntlClientProvider locale="nl" messages={chartsNl} timeZone="Europe/Amsterdam">
        <SignalBadges signals={[]} />
      </NextIntlClientProvider>,
    );
    expect(html).toBe("");
  });
});

describe("DataTable", () => {
  it("has a caption, column headers and row headers, and a linked note", () => {
    const html = renderToStaticMarkup(
      <DataTable<{ k: string; n: number }>
        caption="Cijfers"
        note="Een plek loopt van −1 tot +1."
        rowHeader={{ key: "k", header: "Groep", cell: (r) => r.k }}
        columns={[{ key: "n", header: "Aantal", cell: (r) => r.n, numeric: true }]}
        rows={[{ k: "Alle partners", n: 5 }]}
        rowKey={(r) => r.k}
      />,
    );
    expect(html).toMatch(/<caption[^>]*>Cijfers<\/caption>/);
    expect(count(html, 'scope="col"')).toBe(2);
    expect(html).toMatch(/<th scope="row"[^>]*>Alle partners<\/th>/);
    const noteId = html.match(/<p id="([^"]+)"/)?.[1];
    expect(noteId).toBeTruthy();
    expect(html).toContain(`aria-describedby="${noteId}"`);
  });
});

// ---------------------------------------------------------------------------
// Words and signals never contradict each other
// ---------------------------------------------------------------------------

describe("words agree with the scoring model's signals", () => {
  const act = { id: "act", items: [{ id: "i1", left: "a" as const }, { id: "i2", left: "b" as const }, { id: "i3", left: "a" as const }] };
  const answer = fc.option(fc.integer({ min: 1, max: 7 }), { nil: null, freq: 6 });
  const person = fc.record({
    role: fc.constantFrom("administrator", "manager", "professional"),
    now: fc.array(answer, { minLength: 3, maxLength: 3 }),
    desired: fc.array(answer, { minLength: 3, maxLength: 3 }),
  });

  it("change-wanted, talk-about-it and balanced-as-wished match the gap and spread words", () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 3, maxLength: 14 }), (people) => {
        const answers: TAnswerRow[] = [];
        people.forEach((p, i) => {
          for (const [dimension, values] of [["now", p.now], ["desired", p.desired]] as const) {
            values.forEach((value, j) => answers.push({ participantId: `p${i}`, itemId: `i${j + 1}`, dimension, value }));
          }
        });
        const profile = computeSessionProfile({
          acts: [act],
          participants: people.map((p, i) => ({ id: `p${i}`, role: p.role })),
          answers,
          anonymityThreshold: 3,
        }).acts[0] as TActProfile;
        if (profile.hidden) return;
        const gap = seriesShift(profile);
        const gapWord = gap === null ? null : describeGap(gap).size;
        const spreadWord = profile.now || profile.desired ? describeSpread({ iqr: seriesSpread(profile), split: profile.split.now || profile.split.desired }) : null;
        expect(profile.signals.includes("change-wanted")).toBe(gapWord === "clear" || gapWord === "large");
        expect(profile.signals.includes("talk-about-it")).toBe(spreadWord === "differ" || spreadWord === "split");
        if (profile.signals.includes("balanced-as-wished")) {
          expect(gapWord).toBe("none");
          expect(spreadWord).toBe("agree");
        }
      }),
      { numRuns: 400 },
    );
  });
});

// ---------------------------------------------------------------------------
// Bundle hygiene: recharts only inside components/charts/
// ---------------------------------------------------------------------------

describe("recharts imports", () => {
  it("appear only under components/charts/", () => {
    const root = path.resolve(__dirname, "../..");
    const offenders: string[] = [];
    const skip = new Set(["node_modules", ".next", ".git", "data", "test-results", "playwright-report", "generated"]);
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        if (skip.has(entry.name)) continue;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(tsx?|jsx?|mjs)$/.test(entry.name)) {
          const rel = path.relative(root, full).split(path.sep).join("/");
          if (rel.startsWith("components/charts/") || rel.startsWith("tests/")) continue;
          if (/from\s+["']recharts|import\(\s*["']recharts|require\(\s*["']recharts/.test(fs.readFileSync(full, "utf8"))) offenders.push(rel);
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
