#!/usr/bin/env node
/**
 * Runs the Playwright suite against one fresh production build, on a temporary SQLite
 * database and then on a temporary PostgreSQL database (E2E_DATABASES=sqlite or
 * =postgresql for one of them; PostgreSQL from scripts/test-postgres.mjs: TEST_DATABASE_URL's
 * server or a throw-away one). Finds a browser first, installing Debian's Chromium when none is there:
 *   1. PLAYWRIGHT_CHROMIUM_EXECUTABLE, when set;
 *   2. Playwright's own Chromium, when `npx playwright install chromium` was run;
 *   3. /usr/bin/chromium (Debian), installed with apt-get when missing and possible.
 * Extra arguments are passed on to `playwright test`.
 *
 * The temporary folder (database, e-mail outbox) and the PostgreSQL server or database are
 * removed afterwards, also when a step
 * fails or the run is interrupted (SIGINT, SIGTERM, SIGHUP). The exit code is that of the
 * step that failed (Playwright's when tests fail), or 128 + the signal's number.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { migratePostgres } from "./postgresql-migrate.mjs";
import { createDatabase, dropDatabases, startTestPostgres } from "./test-postgres.mjs";

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

/** The steps running now (two Playwright runs at once when both databases run in parallel). */
const children = new Set();
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
    for (const child of children) {
      try {
        process.kill(-child.pid, "SIGINT");
      } catch {
        // The step has just ended.
      }
    }
  });
}

/** Copies a stream to ours line by line, each line starting with `prefix`. */
function prefixLines(stream, out, prefix) {
  let rest = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk) => {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop();
    for (const line of lines) out.write(`${prefix}${line}\n`);
  });
  stream.on("end", () => rest && out.write(`${prefix}${rest}\n`));
}

/**
 * Runs one step; a failure or an interruption stops the run with its exit status. With a
 * `prefix`, its output lines carry it (steps that run at the same time stay readable).
 */
async function run(cmd, args, env = {}, prefix = "") {
  if (interrupted) throw new StopRun(signalStatus(interrupted.signal));
  let child = null;
  const status = await new Promise((resolve, reject) => {
    const stdio = prefix ? ["ignore", "pipe", "pipe"] : ["ignore", "inherit", "inherit"];
    child = spawn(cmd, args, { stdio, env: { ...process.env, ...env }, detached: true });
    children.add(child);
    if (prefix) {
      prefixLines(child.stdout, process.stdout, prefix);
      prefixLines(child.stderr, process.stderr, prefix);
    }
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? signalStatus(signal)));
  }).finally(() => {
    children.delete(child);
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
  return String(await freePortAny());
}

/** A port nobody listens on right now. */
function freePortAny() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The databases to run the suite on: E2E_DATABASES (comma-separated), by default both. */
function databases() {
  const list = (process.env.E2E_DATABASES ?? "sqlite,postgresql").split(",").map((d) => d.trim()).filter(Boolean);
  for (const d of list) if (d !== "sqlite" && d !== "postgresql") throw new Error(`E2E_DATABASES: unknown database ${d} (sqlite, postgresql)`);
  return list;
}

let status = 0;
let tmp = null;
let postgres = null;
try {
  const browser = await findBrowser();
  log(browser.own ? "Using Playwright's own Chromium." : `Using ${browser.path}.`);
  const targets = databases();

  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "werkboek-e2e-"));
  // Both databases at the same time (the default with two): on two cores one Playwright
  // worker per run leaves a core idle; E2E_PARALLEL=0 runs them one after the other.
  const parallel = targets.length > 1 && process.env.E2E_PARALLEL !== "0";
  const secret = process.env.BETTER_AUTH_SECRET || randomBytes(32).toString("base64url");

  /** The environment of one database's run: its own port and e-mail outbox. */
  const envFor = (database, port) => ({
    // E-mails (password reset) are also written here, for the tests to read (lib/platform/mail.ts).
    MAIL_OUTBOX_DIR: path.join(tmp, `outbox-${database}`),
    // A secret for this run only: without one, the production build would generate one into data/.
    BETTER_AUTH_SECRET: secret,
    // Who runs this installation, shown on the privacy and accessibility statements (tests/e2e/statements.spec.ts).
    OPERATOR_NAME: "E2E Beheerder Werkboek",
    OPERATOR_EMAIL: "privacy@e2e.werkboek.local",
    NEXT_TELEMETRY_DISABLED: "1",
    E2E_PORT: port,
    // The public URL: better-auth's trusted origin and the address in mailed links (lib/platform/auth.ts).
    BETTER_AUTH_URL: `http://localhost:${port}`,
    ...(browser.path ? { PLAYWRIGHT_CHROMIUM_EXECUTABLE: browser.path } : {}),
  });

  /** A migrated, seeded database of the kind asked for; its URL. */
  async function prepare(database, env, prefix) {
    let url;
    if (database === "sqlite") {
      url = `file:${path.join(tmp, "e2e.db")}`;
      await run("npx", ["prisma", "migrate", "deploy"], { ...env, DATABASE_URL: url }, prefix);
    } else {
      postgres ??= await startTestPostgres();
      const name = `werkboek_e2e_${randomBytes(4).toString("hex")}`;
      url = await createDatabase(postgres.url, name);
      postgres.databases = [...(postgres.databases ?? []), name];
      await migratePostgres(url, { log: (m) => log(`PostgreSQL: ${m}`) });
    }
    log(`${database}: ${url.replace(/\/\/[^@/]*@/, "//")}`);
    await run("npx", ["tsx", "prisma/seed.ts"], { ...env, DATABASE_URL: url }, prefix);
    return url;
  }

  const ports = [];
  for (const [i] of targets.entries()) ports.push(i === 0 ? await freePort() : String(await freePortAny()));
  const envs = targets.map((d, i) => envFor(d, ports[i]));

  // One production build for every database: the database is chosen at run time (DATABASE_URL).
  if (process.env.E2E_SKIP_BUILD === "1" && fs.existsSync(path.join(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
    log("Reusing the existing production build (E2E_SKIP_BUILD=1).");
  } else {
    // The build sees a migrated SQLite file of its own; the runs get their databases below.
    const buildDb = { ...envs[0], DATABASE_URL: `file:${path.join(tmp, "build.db")}` };
    await run("npx", ["prisma", "migrate", "deploy"], buildDb);
    await run("npx", ["next", "build"], buildDb);
  }
  const args = process.argv.slice(2);
  const ownOutput = args.some((a) => a === "--output" || a.startsWith("--output="));
  // Two runs at once on two cores: one Playwright worker each (else four browsers and two
  // servers share the cores, and long tests time out); one run alone keeps the config's workers.
  const ownWorkers = args.some((a) => a === "--workers" || a.startsWith("--workers=") || a === "-j");
  const workers = parallel && !ownWorkers ? ["--workers=1"] : [];

  /** Prepares one database and runs the suite on it; its exit status (0: passed). */
  async function suite(database, i) {
    const prefix = parallel ? `[${database}] ` : "";
    const url = await prepare(database, envs[i], prefix);
    // Each database's traces, screenshots and report in folders of their own (unless --output is given).
    const output = ownOutput ? [] : [`--output=${path.join("test-results", database)}`];
    const started = Date.now();
    try {
      await run(
        "npx",
        ["playwright", "test", ...output, ...workers, ...args],
        {
          ...envs[i],
          DATABASE_URL: url,
          E2E_DATABASE: database,
          PLAYWRIGHT_HTML_OUTPUT_DIR: path.join("playwright-report", database),
          // Specs that need a PostgreSQL server of their own (two-processes.spec.ts) use this one.
          ...(postgres ? { TEST_DATABASE_URL: postgres.url } : {}),
        },
        prefix,
      );
      log(`${database}: passed (${Math.round((Date.now() - started) / 1000)} s).`);
      return 0;
    } catch (e) {
      // The other database still runs (unless interrupted); the exit status is the first failure's.
      if (!(e instanceof StopRun) || interrupted) throw e;
      log(`${database}: failed (exit ${e.status}, ${Math.round((Date.now() - started) / 1000)} s).`);
      return e.status;
    }
  }

  // PostgreSQL's server first, so a run on SQLite that starts at the same time sees TEST_DATABASE_URL.
  if (targets.includes("postgresql")) postgres = await startTestPostgres();
  const statuses = parallel
    ? await Promise.all(targets.map((d, i) => suite(d, i)))
    : await targets.reduce(async (prev, d, i) => [...(await prev), await suite(d, i)], Promise.resolve([]));
  status = statuses.find((s) => s !== 0) ?? 0;
} catch (e) {
  if (e instanceof StopRun) status = e.status;
  else {
    console.error(e instanceof Error ? e.message : e);
    status = 1;
  }
} finally {
  if (postgres) {
    if (!postgres.own && postgres.databases?.length) await dropDatabases(postgres.url, postgres.databases).catch(() => {});
    postgres.stop();
    log(postgres.own ? "Stopped and removed the temporary PostgreSQL server." : "Dropped the test databases.");
  }
  if (tmp) {
    fs.rmSync(tmp, { recursive: true, force: true });
    log(`Removed ${tmp}.`);
  }
}
process.exit(status);
