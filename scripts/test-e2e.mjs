#!/usr/bin/env node
/**
 * Runs the Playwright suite against a fresh production build on a temporary SQLite
 * database. Finds a browser first, installing Debian's Chromium when none is there:
 *   1. PLAYWRIGHT_CHROMIUM_EXECUTABLE, when set;
 *   2. Playwright's own Chromium, when `npx playwright install chromium` was run;
 *   3. /usr/bin/chromium (Debian), installed with apt-get when missing and possible.
 * Extra arguments are passed on to `playwright test`.
 *
 * The temporary folder (database, e-mail outbox) is removed afterwards, also when a step
 * fails or the run is interrupted (SIGINT, SIGTERM, SIGHUP). The exit code is that of the
 * step that failed (Playwright's when tests fail), or 128 + the signal's number.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);

function log(msg) {
  console.log(`[test:e2e] ${msg}`);
}

/** Exit status for a signal, as a shell reports it (SIGINT → 130). */
function signalStatus(signal) {
  return 128 + (os.constants.signals[signal] ?? 0);
}

/** A step failed or the run was interrupted: the temporary folder is removed first, then the process exits. */
class StopRun extends Error {
  constructor(status) {
    super(`exit ${status}`);
    this.status = status;
  }
}

let child = null;
let interrupted = null;

/*
 * Each step runs in a process group of its own. A signal that reaches this script (Ctrl+C,
 * or a SIGTERM sent to it alone) is passed on to that group once, as SIGINT: the signal
 * every step stops cleanly on. Playwright then stops its workers and the web server;
 * on SIGTERM it would exit at once and leave `next start` running. Repeats within a
 * second (such as the copy npm forwards) are ignored; a later one is passed on again,
 * for a hard stop.
 */
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    const now = Date.now();
    if (interrupted && now - interrupted.at < 1000) return;
    if (!interrupted) log(`${signal}: stopping, then removing the temporary files …`);
    interrupted = { signal: interrupted?.signal ?? signal, at: now };
    if (child?.pid) {
      try {
        process.kill(-child.pid, "SIGINT");
      } catch {
        // The step has just ended.
      }
    }
  });
}

/** Runs one step; a failure or an interruption stops the run with its exit status. */
async function run(cmd, args, env = {}) {
  if (interrupted) throw new StopRun(signalStatus(interrupted.signal));
  const status = await new Promise((resolve, reject) => {
    child = spawn(cmd, args, { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, ...env }, detached: true });
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? signalStatus(signal)));
  }).finally(() => {
    child = null;
  });
  if (interrupted) throw new StopRun(signalStatus(interrupted.signal));
  if (status !== 0) throw new StopRun(status);
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
    await run("apt-get", ["update", "-qq"]);
    await run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], { DEBIAN_FRONTEND: "noninteractive" });
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

let status = 0;
let tmp = null;
try {
  const browser = await findBrowser();
  log(browser.own ? "Using Playwright's own Chromium." : `Using ${browser.path}.`);

  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "werkboek-e2e-"));
  const databaseUrl = `file:${path.join(tmp, "e2e.db")}`;
  const port = await freePort();
  const env = {
    DATABASE_URL: databaseUrl,
    // E-mails (password reset) are also written here, for the tests to read (lib/platform/mail.ts).
    MAIL_OUTBOX_DIR: path.join(tmp, "outbox"),
    // A secret for this run only: without one, the production build would generate one into data/.
    BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET || randomBytes(32).toString("base64url"),
    // Who runs this installation, shown on the privacy and accessibility statements (tests/e2e/statements.spec.ts).
    OPERATOR_NAME: "E2E Beheerder Werkboek",
    OPERATOR_EMAIL: "privacy@e2e.werkboek.local",
    NEXT_TELEMETRY_DISABLED: "1",
    E2E_PORT: port,
    // The public URL: better-auth's trusted origin and the address in mailed links (lib/platform/auth.ts).
    BETTER_AUTH_URL: `http://localhost:${port}`,
    ...(browser.path ? { PLAYWRIGHT_CHROMIUM_EXECUTABLE: browser.path } : {}),
  };

  log(`Temporary database: ${databaseUrl}`);
  await run("npx", ["prisma", "migrate", "deploy"], env);
  await run("npx", ["tsx", "prisma/seed.ts"], env);
  if (process.env.E2E_SKIP_BUILD === "1" && fs.existsSync(path.join(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
    log("Reusing the existing production build (E2E_SKIP_BUILD=1).");
  } else {
    await run("npx", ["next", "build"], env);
  }
  await run("npx", ["playwright", "test", ...process.argv.slice(2)], env);
} catch (e) {
  if (e instanceof StopRun) status = e.status;
  else {
    console.error(e instanceof Error ? e.message : e);
    status = 1;
  }
} finally {
  if (tmp) {
    fs.rmSync(tmp, { recursive: true, force: true });
    log(`Removed ${tmp}.`);
  }
}
process.exit(status);
