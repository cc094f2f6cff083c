/**
 * Benchmark of live updates: `npm run bench:live`.
 *
 * Starts the production server (`next start`, on a free port on localhost) against a
 * temporary migrated SQLite database, creates a session with PARTICIPANTS participants
 * (directly in the database, with known resume tokens), lets all of them answer the
 * full workbook through POST /api/answers with bounded concurrency, while one signed-in
 * coordinator listens to the session's Server-Sent Events stream. Prints:
 *   - answer-save latency (median, p95, max), measured by the client;
 *   - live latency: from the moment an answer was published to the moment the stream
 *     delivered it (median, p95, max). Every event tells the window [since, at] of the
 *     changes it stands for and how many (`count`); each answer is counted with the
 *     latency of the OLDEST change in its event, so the figures are an upper bound;
 *   - errors, and whether every saved answer reached the stream (sum of counts).
 *
 * Needs an existing build (`npm run build`); builds one when there is none. Traffic
 * goes to 127.0.0.1 only; every loop is bounded and the whole run stops by itself
 * (at the latest after BENCH_MAX_SECONDS). Knobs (environment): BENCH_PARTICIPANTS
 * (200), BENCH_CONCURRENCY (8), BENCH_MAX_SECONDS (600), BENCH_PORT (a free port),
 * BENCH_WAL=1 (switch the database to WAL before the server starts, for comparison).
 * Concurrency 8 is a closed loop: each request waits for the previous one of its worker,
 * so it is several times the rate of a room of 200 people answering at human speed.
 * Goals on a 2-core machine: p95 save < 100 ms, p95 live < 1 s, no errors.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { readWorkbook } from "../lib/data/content";
import { PrismaClient } from "../lib/generated/prisma/client";
import { createToken, hashToken } from "../lib/platform/tokens";
import { listItems, type TItemDef } from "../lib/domain/workbook";
import { freePort as anyFreePort } from "./bench-app";

const PARTICIPANTS = intEnv("BENCH_PARTICIPANTS", 200, 1, 2000);
const CONCURRENCY = intEnv("BENCH_CONCURRENCY", 8, 1, 256);
const MAX_SECONDS = intEnv("BENCH_MAX_SECONDS", 600, 10, 3600);
const HOST = "127.0.0.1";
const root = path.resolve(__dirname, "..");

function intEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  const n = raw ? Number.parseInt(raw, 10) : fallback;
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${name} must be an integer in ${min}..${max}`);
  return n;
}

function log(msg: string) {
  console.log(`[bench:live] ${msg}`);
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env });
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${res.status})`);
}

async function freePort(): Promise<number> {
  if (process.env.BENCH_PORT) return intEnv("BENCH_PORT", 0, 1024, 65535);
  return anyFreePort();
}

function quantile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

function summary(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

const fmt = (ms: number) => (Number.isFinite(ms) ? `${ms.toFixed(1)} ms` : "n/a");

/** The answers one participant gives to the whole workbook, as request bodies. */
function answersFor(items: TItemDef[], sessionId: string, seed: number): Record<string, unknown>[] {
  const bodies: Record<string, unknown>[] = [];
  items.forEach((item, i) => {
    const v = ((seed * 7 + i * 3) % 7) + 1;
    switch (item.kind) {
      case "scale":
        bodies.push({ sessionId, itemId: item.id, dimension: "now", value: v });
        bodies.push({ sessionId, itemId: item.id, dimension: "desired", value: ((v + seed) % 7) + 1 });
        break;
      case "position":
        bodies.push({ sessionId, itemId: item.id, dimension: "now", value: v });
        break;
      case "choice":
        bodies.push({ sessionId, itemId: item.id, dimension: "choice", value: (seed + i) % 2 });
        break;
      case "text":
        bodies.push({ sessionId, itemId: item.id, dimension: "text", text: `Antwoord ${seed}-${i}` });
        break;
    }
  });
  return bodies;
}

async function waitForServer(base: string, server: ChildProcess, deadline: number) {
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server stopped (exit ${server.exitCode})`);
    try {
      const res = await fetch(`${base}/nl`, { signal: AbortSignal.timeout(5000) });
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the server did not start in time");
}

interface TEvent {
  receivedAt: number;
  at: number;
  since: number;
  count: number;
}

/** Reads the SSE stream until aborted; collects `change` events. */
async function listen(url: string, cookie: string, events: TEvent[], signal: AbortSignal, onReady: () => void) {
  const res = await fetch(url, { headers: { cookie, accept: "text/event-stream" }, signal });
  if (res.status !== 200 || !res.body) throw new Error(`events stream refused: HTTP ${res.status}`);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const receivedAt = Date.now();
      buffer += decoder.decode(value, { stream: true });
      let sep: number;
      while ((sep = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, sep);
        buffer = buffer.slice(sep + 2);
        const type = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (type === "ready") onReady();
        if (type === "change" && data) {
          const batch = JSON.parse(data) as { at: number; since: number; count: number };
          events.push({ receivedAt, at: batch.at, since: batch.since, count: batch.count });
        }
      }
    }
  } catch (e) {
    if (!signal.aborted) throw e;
  }
}

async function main() {
  const started = Date.now();
  const hardDeadline = started + MAX_SECONDS * 1000;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "werkboek-bench-"));
  const databaseUrl = `file:${path.join(tmp, "bench.db")}`;
  const port = await freePort();
  const base = `http://${HOST}:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
    BETTER_AUTH_URL: base,
  };
  let server: ChildProcess | null = null;
  const controller = new AbortController();
  const killTimer = setTimeout(() => {
    console.error(`[bench:live] stopped after ${MAX_SECONDS} s`);
    controller.abort();
  }, MAX_SECONDS * 1000);

  try {
    if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
      log("no production build found: building one (npx next build) …");
      run("npx", ["next", "build"], env);
    }
    log(`temporary database ${databaseUrl}`);
    run("npx", ["prisma", "migrate", "deploy"], env);

    log(`starting next start on ${base}`);
    server = spawn("npx", ["next", "start", "-H", HOST, "-p", String(port)], {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    const serverLog: string[] = [];
    server.stdout?.on("data", (d: Buffer) => serverLog.push(d.toString()));
    server.stderr?.on("data", (d: Buffer) => serverLog.push(d.toString()));
    await waitForServer(base, server, Math.min(hardDeadline, Date.now() + 90_000));

    // A coordinator account (through better-auth's own endpoint) for the events stream.
    const email = `bench-${randomBytes(4).toString("hex")}@bench.werkboek.local`;
    const signUp = await fetch(`${base}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ name: "Bench", email, password: `bench-${randomBytes(8).toString("hex")}` }),
    });
    if (!signUp.ok) throw new Error(`sign-up failed: HTTP ${signUp.status} ${await signUp.text()}`);
    const authCookie = signUp.headers
      .getSetCookie()
      .map((c) => c.split(";")[0]!)
      .join("; ");

    // Partnership, session and participants, straight into the database.
    const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl }) });
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    const partnership = await db.partnership.create({
      data: { name: "Benchmark", region: "Localhost", memberships: { create: { userId: user.id, role: "coordinator" } } },
      select: { id: true },
    });
    const session = await db.session.create({
      data: { partnershipId: partnership.id, title: "Bench", date: new Date(), joinCode: "BENCH3", anonymityThreshold: 3 },
      select: { id: true },
    });
    const workbook = readWorkbook(path.join(root, "content"));
    const roles = workbook.roles.map((r) => r.id);
    const tokens: string[] = [];
    for (let i = 0; i < PARTICIPANTS; i++) {
      const token = createToken();
      tokens.push(token);
      await db.participant.create({
        data: { sessionId: session.id, role: roles[i % roles.length]!, resumeTokenHash: hashToken(token) },
      });
    }
    if (process.env.BENCH_WAL === "1") {
      // Experiment: WAL is kept in the database file, so the server uses it too.
      log(`journal_mode=${JSON.stringify(await db.$queryRawUnsafe("PRAGMA journal_mode = WAL"))}`);
    }
    await db.$disconnect();
    const items = listItems(workbook);

    // One listener on the live stream.
    const events: TEvent[] = [];
    let ready!: () => void;
    const isReady = new Promise<void>((r) => (ready = r));
    const listening = listen(`${base}/api/sessions/${session.id}/events`, authCookie, events, controller.signal, ready);
    await Promise.race([isReady, listening, new Promise((_, reject) => setTimeout(() => reject(new Error("no ready event")), 10_000))]);

    // Every participant answers the whole workbook in order; at most CONCURRENCY requests in flight.
    const queues = tokens.map((token, i) => ({
      cookie: `wb_p_${session.id}=${token}`,
      bodies: answersFor(items, session.id, i),
      next: 0,
    }));
    const totalAnswers = queues.reduce((n, q) => n + q.bodies.length, 0);
    log(`${PARTICIPANTS} participants × ${queues[0]?.bodies.length ?? 0} answers = ${totalAnswers} answers, concurrency ${CONCURRENCY}`);

    const saveLatencies: number[] = [];
    const errors = new Map<string, number>();
    let saved = 0;
    let turn = 0;
    const loadStart = Date.now();
    const worker = async () => {
      // Round robin over participants, like a room where everyone answers at once.
      for (;;) {
        if (controller.signal.aborted) return;
        let queue: (typeof queues)[number] | undefined;
        for (let tries = 0; tries < queues.length; tries++) {
          const q = queues[turn++ % queues.length]!;
          if (q.next < q.bodies.length) {
            queue = q;
            break;
          }
        }
        if (!queue) return;
        const body = queue.bodies[queue.next++]!;
        const t0 = performance.now();
        try {
          const res = await fetch(`${base}/api/answers`, {
            method: "POST",
            headers: { "content-type": "application/json", cookie: queue.cookie },
            body: JSON.stringify(body),
            signal: AbortSignal.timeout(30_000),
          });
          const text = await res.text();
          saveLatencies.push(performance.now() - t0);
          if (res.ok) saved++;
          else errors.set(`HTTP ${res.status} ${text.slice(0, 80)}`, (errors.get(`HTTP ${res.status} ${text.slice(0, 80)}`) ?? 0) + 1);
        } catch (e) {
          if (controller.signal.aborted) return;
          const key = e instanceof Error ? e.message : String(e);
          errors.set(key, (errors.get(key) ?? 0) + 1);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const loadSeconds = (Date.now() - loadStart) / 1000;

    // Let the last events arrive (bounded).
    const settle = Date.now() + 3000;
    while (events.reduce((n, e) => n + e.count, 0) < saved && Date.now() < settle) await new Promise((r) => setTimeout(r, 50));
    controller.abort();
    await listening.catch(() => {});

    const delivered = events.reduce((n, e) => n + e.count, 0);
    const liveLatencies: number[] = [];
    for (const e of events) for (let k = 0; k < e.count; k++) liveLatencies.push(e.receivedAt - e.since);
    const newestLatencies = events.map((e) => e.receivedAt - e.at);
    const save = summary(saveLatencies);
    const live = summary(liveLatencies);
    const newest = summary(newestLatencies);
    const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);

    console.log("");
    console.log(`Live-update benchmark (${os.cpus().length} cores, node ${process.version})`);
    console.log(`  answers saved       ${saved} of ${totalAnswers} in ${loadSeconds.toFixed(1)} s (${(saved / loadSeconds).toFixed(0)}/s)`);
    console.log(`  save latency        median ${fmt(save.median)}, p95 ${fmt(save.p95)}, max ${fmt(save.max)}`);
    console.log(`  live latency        median ${fmt(live.median)}, p95 ${fmt(live.p95)}, max ${fmt(live.max)} (publish → stream, per answer, upper bound)`);
    console.log(`  newest change       median ${fmt(newest.median)}, p95 ${fmt(newest.p95)} (per event)`);
    console.log(`  events received     ${events.length} for ${delivered} changes (${delivered === saved ? "every saved answer reached the stream" : `MISSING ${saved - delivered}`})`);
    console.log(`  errors              ${errorCount}${errorCount ? `: ${[...errors].map(([k, v]) => `${v}× ${k}`).join("; ")}` : ""}`);
    const ok = save.p95 < 100 && live.p95 < 1000 && errorCount === 0 && delivered === saved && saved === totalAnswers;
    console.log(`  goals               p95 save < 100 ms, p95 live < 1 s, no errors: ${ok ? "MET" : "NOT MET"}`);
    if (!ok && serverLog.length) console.log(`\nLast server output:\n${serverLog.join("").slice(-2000)}`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    clearTimeout(killTimer);
    controller.abort();
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
