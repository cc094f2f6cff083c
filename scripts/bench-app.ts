/**
 * What the page benchmarks (bench:bundle, bench:lighthouse) share: the production build,
 * `next start` on a temporary SQLite database with the demo data and one participant,
 * and stopping everything they started, also when a step fails or the run is
 * interrupted (Ctrl-C, SIGTERM).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../lib/generated/prisma/client";
import { createToken, hashToken } from "../lib/platform/tokens";

export const root = path.resolve(__dirname, "..");
export const HOST = "127.0.0.1";
/** Next's own CLI, run with this Node (not through npx, whose shell would outlive a kill). */
export const NEXT_BIN = require.resolve("next/dist/bin/next", { paths: [root] });

// ---- Cleanup: last started, first stopped -------------------------------------------

const cleanups: (() => void | Promise<void>)[] = [];

export function onCleanup(fn: () => void | Promise<void>) {
  cleanups.push(fn);
}

export async function cleanup() {
  while (cleanups.length > 0) {
    try {
      await cleanups.pop()!();
    } catch (e) {
      console.error(e);
    }
  }
}

/** Runs a benchmark's main function: cleanup always (also on Ctrl-C or SIGTERM), exit code 1 on an error. */
export function runMain(main: () => Promise<void>) {
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143], ["SIGHUP", 129]] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping what the benchmark started …`);
      void cleanup().finally(() => process.exit(code));
    });
  }
  main()
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    })
    .finally(cleanup);
}

// ---- Processes ----------------------------------------------------------------------

/** Runs a command to its end (output shown); throws when it fails. */
export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd = root) {
  const res = spawnSync(cmd, args, { cwd, env, stdio: "inherit" });
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${res.signal ?? res.status})`);
}

export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  onCleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Stops a detached child and everything it started (its process group); waits for it. */
export async function stopGroup(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  kill("SIGTERM");
  const timer = setTimeout(() => kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

/**
 * The production build in `dir` (the app's own, or a throw-away app's). Built anew unless
 * `reuse` is set and a build exists: a stale build would measure old code.
 */
export function build(env: NodeJS.ProcessEnv, { reuse = false, dir = root } = {}) {
  // The app's next.config.ts takes its build folder from NEXT_DIST_DIR.
  const distDir = path.join(dir, (dir === root && env.NEXT_DIST_DIR) || ".next");
  if (reuse && fs.existsSync(path.join(distDir, "BUILD_ID"))) {
    console.log(`Reusing the build in ${distDir}`);
    return;
  }
  run(process.execPath, [NEXT_BIN, "build"], env, dir);
}

/** The process id of each server startServer() started, by its base URL (CPU time in bench:scale). */
export const serverPids = new Map<string, number>();

/**
 * `next start` for the build in `dir` (or `script`, e.g. scripts/server.mjs, the production
 * server as deployed); answers once `readyPath` does. Stopped at cleanup.
 */
export async function startServer(
  env: NodeJS.ProcessEnv,
  {
    dir = root,
    readyPath = "/nl",
    port = 0,
    script = "",
    nodeArgs = [],
  }: { dir?: string; readyPath?: string; port?: number; script?: string; nodeArgs?: string[] } = {},
) {
  port ||= await freePort();
  const base = `http://${HOST}:${port}`;
  const log: string[] = [];
  const args = [...nodeArgs, ...(script ? [path.resolve(dir, script)] : [NEXT_BIN, "start"]), "-H", HOST, "-p", String(port)];
  const server = spawn(process.execPath, args, {
    cwd: dir,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  server.stdout?.on("data", (d: Buffer) => log.push(d.toString()));
  server.stderr?.on("data", (d: Buffer) => log.push(d.toString()));
  onCleanup(() => stopGroup(server));

  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`next start stopped (exit ${server.exitCode}):\n${log.join("")}`);
    try {
      if ((await fetch(base + readyPath, { signal: AbortSignal.timeout(5000) })).ok) {
        serverPids.set(base, server.pid!);
        return base;
      }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`next start did not answer at ${base}${readyPath}:\n${log.join("")}`);
}

// ---- A bare Next.js app, for comparison -----------------------------------------------

/** The deepest folder that holds both paths (Turbopack resolves nothing outside its root). */
function commonRoot(a: string, b: string): string {
  const pa = a.split(path.sep);
  const pb = b.split(path.sep);
  let i = 0;
  while (i < pa.length && pa[i] === pb[i]) i++;
  return pa.slice(0, i).join(path.sep) || path.sep;
}

/**
 * Builds and serves a bare Next.js app in a temporary folder: the given files (path ->
 * source, e.g. "app/page.jsx"), this project's node_modules and Next.js version, nothing
 * else (no proxy, no providers). A measure of what Next.js itself costs, in the same run
 * (bench:bundle: a bare page; bench:scale: a bare route handler). Stopped at cleanup.
 */
export async function startBareNextApp(
  files: Record<string, string>,
  { env: extraEnv = {}, readyPath = "/", nodeArgs = [] }: { env?: Record<string, string>; readyPath?: string; nodeArgs?: string[] } = {},
): Promise<{ base: string; pid: number }> {
  const dir = fs.realpathSync(tempDir("werkboek-bare-"));
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bare", private: true }));
  fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  fs.writeFileSync(
    path.join(dir, "next.config.mjs"),
    `export default { turbopack: { root: ${JSON.stringify(commonRoot(dir, fs.realpathSync(root)))} } };\n`,
  );
  for (const [file, source] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), source);
  }
  const env = { ...process.env, ...extraEnv, NEXT_TELEMETRY_DISABLED: "1" };
  build(env, { dir });
  const base = await startServer(env, { dir, readyPath, nodeArgs });
  return { base, pid: serverPids.get(base)! };
}

// ---- The app on a temporary database ------------------------------------------------

export interface TBenchApp {
  base: string;
  env: NodeJS.ProcessEnv;
  session: { id: string; joinCode: string };
  /** The cookie of a participant who has joined that session (for the workbook pages). */
  participantCookie: string;
}

/**
 * Builds the app (see build()), migrates a temporary database, adds the demo data and a
 * participant in the demo's open session, and starts the production server on it.
 */
export async function startApp({ reuseBuild = false } = {}): Promise<TBenchApp> {
  const tmp = tempDir("werkboek-bench-");
  const url = `file:${path.join(tmp, "bench.db")}`;
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    // Sign-in accepts requests from the configured origin only (docs/decisions/012).
    BETTER_AUTH_URL: `http://${HOST}:${port}`,
    // A secret for this run only, so that nothing is written into data/.
    BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  build(env, { reuse: reuseBuild });
  run("npx", ["prisma", "migrate", "deploy"], env);
  run("npx", ["tsx", "prisma/seed.ts"], env);

  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
  const token = createToken();
  let session: { id: string; joinCode: string };
  try {
    session = await db.session.findFirstOrThrow({ where: { status: "open" }, select: { id: true, joinCode: true } });
    await db.participant.create({ data: { sessionId: session.id, role: "professional", resumeTokenHash: hashToken(token) } });
  } finally {
    await db.$disconnect();
  }

  const base = await startServer(env, { port });
  // The cookie a participant's browser holds (lib/server/participant-cookie.ts). A resume
  // link no longer sets it on GET (it asks first), so the benchmark sets it itself.
  const participantCookie = `wb_p_${session.id}=${token}`;
  return { base, env, session, participantCookie };
}
