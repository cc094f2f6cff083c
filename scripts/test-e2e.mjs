#!/usr/bin/env node
/**
 * Runs the Playwright suite against a fresh production build on a temporary SQLite
 * database. Finds a browser first, installing Debian's Chromium when none is there:
 *   1. PLAYWRIGHT_CHROMIUM_EXECUTABLE, when set;
 *   2. Playwright's own Chromium, when `npx playwright install chromium` was run;
 *   3. /usr/bin/chromium (Debian), installed with apt-get when missing and possible.
 * Extra arguments are passed on to `playwright test`.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);

function log(msg) {
  console.log(`[test:e2e] ${msg}`);
}

function run(cmd, args, env = {}) {
  const res = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (res.status !== 0) process.exit(res.status ?? 1);
}

async function playwrightChromium() {
  try {
    const { chromium } = await import("@playwright/test");
    const p = chromium.executablePath();
    return p && fs.existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

async function findBrowser() {
  const configured = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (configured) {
    if (!fs.existsSync(configured)) throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE does not exist: ${configured}`);
    return { path: configured, own: false };
  }
  const own = await playwrightChromium();
  if (own) return { path: null, own: true };
  for (const p of ["/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (fs.existsSync(p)) return { path: p, own: false };
  }
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (hasApt && isRoot) {
    log("No browser found: installing Debian's chromium with apt-get …");
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], { DEBIAN_FRONTEND: "noninteractive" });
    if (fs.existsSync("/usr/bin/chromium")) return { path: "/usr/bin/chromium", own: false };
  }
  throw new Error(
    "No Chromium found. Install one: `npx playwright install chromium`, or `apt-get install chromium`, or set PLAYWRIGHT_CHROMIUM_EXECUTABLE.",
  );
}

/** A port nobody listens on right now (E2E_PORT wins when set). */
async function freePort() {
  if (process.env.E2E_PORT) return process.env.E2E_PORT;
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(String(port)));
    });
  });
}

const browser = await findBrowser();
log(browser.own ? "Using Playwright's own Chromium." : `Using ${browser.path}.`);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "werkboek-e2e-"));
const databaseUrl = `file:${path.join(tmp, "e2e.db")}`;
const env = {
  DATABASE_URL: databaseUrl,
  // E-mails (password reset) are also written here, for the tests to read (lib/mail.ts).
  MAIL_OUTBOX_DIR: path.join(tmp, "outbox"),
  NEXT_TELEMETRY_DISABLED: "1",
  E2E_PORT: await freePort(),
  ...(browser.path ? { PLAYWRIGHT_CHROMIUM_EXECUTABLE: browser.path } : {}),
};

try {
  log(`Temporary database: ${databaseUrl}`);
  run("npx", ["prisma", "migrate", "deploy"], env);
  run("npx", ["tsx", "prisma/seed.ts"], env);
  if (process.env.E2E_SKIP_BUILD === "1" && fs.existsSync(".next/BUILD_ID")) {
    log("Reusing the existing production build (E2E_SKIP_BUILD=1).");
  } else {
    run("npx", ["next", "build"], env);
  }
  run("npx", ["playwright", "test", ...process.argv.slice(2)], env);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
