/**
 * Lighthouse's mobile profile (its default: a mid-range phone, simulated slow 4G and a
 * 4× slower CPU) on the pages a participant opens in the meeting room: the join page,
 * the join page with a code (from the QR code), the workbook overview and an act step.
 * Offline, with the machine's Chromium. Each page is measured 5 times (median by
 * performance score); prints performance, accessibility and best-practices scores and
 * the metrics behind performance. Fails (exit 1) when a page's performance is below
 * MIN_PERFORMANCE.
 *
 * The simulation multiplies the main-thread time it observes here, so other work on this
 * machine (another build, tests) lowers the scores, blocking time first: the run prints
 * the load average and Lighthouse's benchmark index of this machine beside each page.
 *
 *   npm run bench:lighthouse                          (builds the app first)
 *   npm run bench:lighthouse -- --reuse-build         (uses the existing build: .next, or NEXT_DIST_DIR)
 *   npm run bench:lighthouse -- --runs 1 --report-dir .tmp/lighthouse   (JSON reports)
 *   npm run bench:lighthouse -- --only act            (the pages whose name has "act")
 *
 * The browser: CHROME_PATH, else /usr/bin/chromium, else Playwright's own Chromium.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readWorkbook } from "../lib/data/content";
import { onCleanup, root, runMain, startApp } from "./bench-app";

const MIN_PERFORMANCE = 95;
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function chromePath(): Promise<string> {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (fs.existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  const { chromium } = await import("@playwright/test");
  return chromium.executablePath();
}

interface TRun {
  scores: Record<(typeof CATEGORIES)[number], number>;
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
  benchmarkIndex: number;
  json: string;
}

async function main() {
  const runs = Number.parseInt(option("--runs") ?? "5", 10);
  if (!Number.isInteger(runs) || runs < 1 || runs > 9) throw new Error("--runs must be 1..9");
  const reportDir = option("--report-dir");
  const { base, session, participantCookie } = await startApp({ reuseBuild: process.argv.includes("--reuse-build") });

  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({
    chromePath: await chromePath(),
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  onCleanup(() => chrome.kill());

  const act = readWorkbook(path.join(root, "content")).acts[0]!.id;
  const pages: [string, string, string?][] = [
    ["join", "/nl/join"],
    ["join with a code", `/nl/join/${session.joinCode}`],
    ["workbook overview", `/nl/workbook/${session.id}`, participantCookie],
    [`act step (${act})`, `/nl/workbook/${session.id}/${act}`, participantCookie],
  ];

  const only = option("--only");
  const chosen = only ? pages.filter(([name]) => name.includes(only)) : pages;
  if (chosen.length === 0) throw new Error(`--only ${only}: no such page`);

  const results: { name: string; median: TRun; all: number[]; load: string }[] = [];
  for (const [name, pagePath, cookie] of chosen) {
    const done: TRun[] = [];
    for (let i = 0, retries = 0; i < runs; i++) {
      const result = await lighthouse(
        base + pagePath,
        {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: [...CATEGORIES],
          // The browser's own cookies (the proxy's locale cookie, from an earlier page)
          // would replace the Cookie header below: clear them before every run.
          clearStorageTypes: ["file_systems", "shader_cache", "service_workers", "cache_storage", "cookies"],
          ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
        },
        undefined,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${pagePath}`);
      const { lhr } = result;
      if (lhr.runtimeError) {
        // A trace that did not record (NO_NAVSTART and the like, on a busy machine): Lighthouse asks to run again.
        const why = `${pagePath}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`;
        if (++retries > 2) throw new Error(why);
        console.error(`${why} (trying again)`);
        i--;
        continue;
      }
      const final = new URL(lhr.finalDisplayedUrl);
      if (final.pathname !== pagePath) throw new Error(`${pagePath} ended at ${final.pathname} (a redirect: no cookie?)`);
      const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      done.push({
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as TRun["scores"],
        metrics: {
          fcp: metric("first-contentful-paint"),
          lcp: metric("largest-contentful-paint"),
          tbt: metric("total-blocking-time"),
          cls: metric("cumulative-layout-shift"),
          si: metric("speed-index"),
        },
        benchmarkIndex: lhr.environment.benchmarkIndex,
        json: typeof result.report === "string" ? result.report : result.report.join("\n"),
      });
    }
    done.sort((a, b) => a.scores.performance - b.scores.performance);
    const median = done[Math.floor((done.length - 1) / 2)]!;
    results.push({ name, median, all: done.map((d) => d.scores.performance), load: os.loadavg()[0]!.toFixed(1) });
    if (reportDir) {
      fs.mkdirSync(reportDir, { recursive: true });
      fs.writeFileSync(path.join(reportDir, `${name.replace(/\W+/g, "-")}.json`), median.json);
    }
  }

  const s = (v: number) => (v / 1000).toFixed(2).padStart(5) + " s";
  console.log(`\nLighthouse, mobile profile, median of ${runs} run(s) by performance; performance must be at least ${MIN_PERFORMANCE}.\n`);
  console.log(`(load: this machine's 1-minute load average after the page, ${os.cpus().length} cores; bench: Lighthouse's benchmark index)`);
  console.log(`${"page".padEnd(30)} perf  a11y  best   FCP      LCP      SI       TBT      CLS    load  bench  (perf of each run)`);
  let failed = 0;
  for (const { name, median, all, load } of results) {
    const { scores, metrics } = median;
    const low = scores.performance < MIN_PERFORMANCE;
    if (low) failed++;
    console.log(
      `${name.padEnd(30)} ${String(scores.performance).padStart(4)}  ${String(scores.accessibility).padStart(4)}  ${String(scores["best-practices"]).padStart(4)}  ` +
        `${s(metrics.fcp)}  ${s(metrics.lcp)}  ${s(metrics.si)}  ${String(Math.round(metrics.tbt)).padStart(4)} ms  ${metrics.cls.toFixed(3)}  ${load.padStart(4)}  ${String(Math.round(median.benchmarkIndex)).padStart(5)}  (${all.join(", ")})${low ? "  BELOW " + MIN_PERFORMANCE : ""}`,
    );
  }
  if (failed > 0) {
    console.error(`\n${failed} page(s) below ${MIN_PERFORMANCE} for performance.`);
    process.exitCode = 1;
  }
}

runMain(main);
