#!/usr/bin/env node
/**
 * A PostgreSQL server for the tests. With TEST_DATABASE_URL set (a URL to a server where
 * the user may create databases, e.g. postgres://postgres@localhost:5432/postgres), that
 * server is used. Otherwise a throw-away one: PostgreSQL 15's initdb in a temporary folder
 * owned by the `postgres` user (the server refuses to run as root), on a free port, the
 * socket in that folder, no password (trust, listening on 127.0.0.1 only). It is stopped
 * and its folder removed afterwards, also when the tests fail or the run is interrupted.
 * When the binaries are missing and this runs as root with apt-get, Debian's `postgresql`
 * package is installed first (as test-e2e.mjs does for Chromium).
 *
 * As a module: `const server = await startTestPostgres(); … server.url …; await server.stop();`
 * As a command: `node scripts/test-postgres.mjs <command> [args…]` runs the command with
 * TEST_DATABASE_URL set to the server (and WERKBOEK_TEST_DATABASE=postgresql, which makes the
 * unit tests run on it) and exits with its status.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const log = (msg) => console.log(`[test:postgres] ${msg}`);

function binDir() {
  if (process.env.POSTGRES_BIN) return process.env.POSTGRES_BIN;
  const base = "/usr/lib/postgresql";
  const versions = fs.existsSync(base)
    ? fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length) return path.join(base, versions[0], "bin");
  const onPath = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" });
  return onPath.status === 0 ? path.dirname(onPath.stdout.trim()) : null;
}

function isRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

function ensureInstalled() {
  let bin = binDir();
  if (bin) return bin;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (!hasApt || !isRoot()) {
    throw new Error("No PostgreSQL server found: install PostgreSQL (e.g. `apt-get install postgresql`) or set TEST_DATABASE_URL.");
  }
  log("No PostgreSQL found: installing Debian's postgresql with apt-get …");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update", "-qq"], ["install", "-y", "-qq", "--no-install-recommends", "postgresql"]]) {
    const r = spawnSync("apt-get", args, { stdio: "inherit", env });
    if (r.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed`);
  }
  bin = binDir();
  if (!bin) throw new Error("apt-get installed postgresql, but initdb is still missing");
  return bin;
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs a PostgreSQL binary, as the `postgres` user when we are root. */
function runAsPostgres(file, args) {
  const cmd = isRoot() ? "runuser" : file;
  const argv = isRoot() ? ["-u", "postgres", "--", file, ...args] : args;
  const r = spawnSync(cmd, argv, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${path.basename(file)} failed: ${(r.stderr || r.stdout || "").trim()}`);
  return r.stdout;
}

/**
 * Starts a throw-away server (or takes TEST_DATABASE_URL). `url` points at its `postgres`
 * database; tests create databases of their own beside it.
 * @returns {Promise<{ url: string, own: boolean, stop: () => void }>}
 */
export async function startTestPostgres() {
  const given = process.env.TEST_DATABASE_URL?.trim();
  if (given) return { url: given, own: false, stop: () => {} };

  const bin = ensureInstalled();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "werkboek-pg-"));
  fs.chmodSync(dir, 0o755);
  const data = path.join(dir, "data");
  if (isRoot()) {
    fs.mkdirSync(data);
    spawnSync("chown", ["-R", "postgres:postgres", dir]);
  }
  const port = await freePort();
  let started = false;
  const stop = () => {
    if (started) {
      try {
        runAsPostgres(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch (e) {
        console.error(`[test:postgres] ${e instanceof Error ? e.message : e}`);
      }
      started = false;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    runAsPostgres(path.join(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
    // Throw-away data: no fsync; enough connections for parallel test workers.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
    started = true;
    runAsPostgres(path.join(bin, "pg_ctl"), ["-D", data, "-o", options, "-l", path.join(dir, "log"), "-w", "-t", "60", "start"]);
  } catch (e) {
    const logFile = path.join(dir, "log");
    if (fs.existsSync(logFile)) console.error(fs.readFileSync(logFile, "utf8"));
    stop();
    throw e;
  }
  log(`PostgreSQL on 127.0.0.1:${port} (${dir})`);
  return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, own: true, stop };
}

/** Database names in the helpers below: letters, digits and underscores only. */
function checkName(name) {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a test database name: ${name}`);
  return name;
}

/** Runs statements on the server's maintenance connection (`serverUrl`). */
async function onServer(serverUrl, statements) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates database `name` (a copy of `template` when given) and returns its URL. */
export async function createDatabase(serverUrl, name, template) {
  const from = template ? ` TEMPLATE "${checkName(template)}"` : "";
  await onServer(serverUrl, [`CREATE DATABASE "${checkName(name)}"${from}`]);
  return databaseUrl(serverUrl, name);
}

/** Drops the databases (closing what is still connected to them). */
export async function dropDatabases(serverUrl, names) {
  await onServer(serverUrl, names.map((n) => `DROP DATABASE IF EXISTS "${checkName(n)}" WITH (FORCE)`));
}

/** The databases on the server whose names start with `prefix`. */
export async function listDatabases(serverUrl, prefix) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]);
    return rows.map((r) => r.datname);
  } finally {
    await client.end();
  }
}

/** The URL of database `name` on the server of `serverUrl`. */
export function databaseUrl(serverUrl, name) {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/** `node scripts/test-postgres.mjs <command> [args…]`. */
async function main() {
  const [cmd, ...args] = process.argv.slice(2);
  if (!cmd) {
    console.error("Usage: node scripts/test-postgres.mjs <command> [args…]");
    process.exit(2);
  }
  let server = null;
  let child = null;
  let signalled = null;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => {
      if (signalled) return;
      signalled = signal;
      if (child?.pid) {
        try {
          process.kill(-child.pid, "SIGINT");
        } catch {
          // The command has just ended.
        }
      } else {
        server?.stop();
        process.exit(128 + (os.constants.signals[signal] ?? 0));
      }
    });
  }
  let status = 1;
  try {
    server = await startTestPostgres();
    status = await new Promise((resolve, reject) => {
      child = spawn(cmd, args, { stdio: "inherit", env: { ...process.env, TEST_DATABASE_URL: server.url, WERKBOEK_TEST_DATABASE: "postgresql" }, detached: true });
      child.once("error", reject);
      child.once("exit", (code, signal) => resolve(code ?? 128 + (os.constants.signals[signal] ?? 0)));
    });
  } catch (e) {
    console.error(`[test:postgres] ${e instanceof Error ? e.message : e}`);
  } finally {
    server?.stop();
    if (server?.own) log("PostgreSQL stopped and removed.");
  }
  process.exit(signalled ? 128 + (os.constants.signals[signalled] ?? 0) : status);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) main();
