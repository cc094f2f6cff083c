/**
 * Benchmark of the save path and live updates at the scale of a regional programme:
 * `npm run bench:scale` (issue 10). A script, not a test: it prints figures and says per
 * goal whether it was met (exit code 1 when one was not).
 *
 * In one run, each part on a fresh temporary database:
 *   1. floor: a bare node:http server doing the same work as POST /api/answers (token
 *      lookup, upsert) on better-sqlite3 with the app's SQLite settings
 *      (lib/platform/sqlite-settings.ts), driven by the same client as the app;
 *   2. closed loop: 200 participants of one session answering at once (each sends its
 *      next answer as soon as the last one is saved), against the floor, a bare Next.js
 *      app whose one route handler does the floor's work (what Next.js itself costs, for
 *      comparison), and the app: throughput, the app's ratio of the floor, save p50/p95/max;
 *   3. 20 meetings at once on SQLite (one process): 30 participants each at human pace
 *      (an answer every 2 to 4 s, jittered), each meeting with one projector and two
 *      result pages listening to the live stream: save p95, answer-to-screen p95 (from
 *      sending an answer to the first `result` event, at each listener, read after the
 *      answer was saved), server CPU seconds per 1,000 answers, errors, every answer shown;
 *   4. the same 20 meetings on PostgreSQL with two server processes: participants send
 *      to either process, the projector listens on the other one (scripts/test-postgres.mjs
 *      starts a throw-away server, or uses TEST_DATABASE_URL).
 *
 * Goals on a 2-core machine: throughput >= 0.5 of the floor; closed-loop p95 <= 150 ms;
 * meetings: p95 save <= 100 ms, p95 answer-to-screen <= 1 s, 0 errors, every answer shown.
 *
 *   npm run bench:scale [-- --reuse-build] [--only floor,closed,meetings,postgres]
 *
 * Knobs (environment): BENCH_MEETINGS (20), BENCH_PER_MEETING (30), BENCH_SECONDS (30, the
 * length of a meetings run), BENCH_CLOSED_CLIENTS (200), BENCH_CLOSED_ANSWERS (30 per client),
 * BENCH_SERVER_NODE_ARGS (Node options for the app servers only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
 * Every process it starts (servers, PostgreSQL) is stopped at the end, also on failure or
 * Ctrl-C (scripts/bench-app.ts). Traffic goes to 127.0.0.1 only. Participants and listeners
 * send an X-Forwarded-For address of their own (TRUST_PROXY=1), as they would come from
 * many networks through a proxy; otherwise the per-address limits of one office apply.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { hashPassword } from "better-auth/crypto";
import { readWorkbook } from "../lib/data/content";
import { listItems, type TItemDef } from "../lib/domain/workbook";
import { createDatabaseClient } from "../lib/platform/db-client";
import { SQLITE_PRAGMAS } from "../lib/platform/sqlite-settings";
import { createToken, hashToken } from "../lib/platform/tokens";
import { build, freePort, HOST, onCleanup, root, run, runMain, serverPids, startBareNextApp, startServer, stopGroup, tempDir } from "./bench-app";
import { createDatabase, dropDatabases, startTestPostgres } from "./test-postgres.mjs";

const MEETINGS = intEnv("BENCH_MEETINGS", 20, 1, 200);
const PER_MEETING = intEnv("BENCH_PER_MEETING", 30, 3, 300);
const SECONDS = intEnv("BENCH_SECONDS", 30, 5, 600);
const CLOSED_CLIENTS = intEnv("BENCH_CLOSED_CLIENTS", 200, 1, 2000);
const CLOSED_ANSWERS = intEnv("BENCH_CLOSED_ANSWERS", 30, 1, 1000);
const LISTENERS_PER_MEETING = 3; // one projector, two result pages

function intEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  const n = raw ? Number.parseInt(raw, 10) : fallback;
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${name} must be an integer in ${min}..${max}`);
  return n;
}

const log = (msg: string) => console.log(`[bench:scale] ${msg}`);

// ---- Figures ------------------------------------------------------------------------

function quantile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted.at(-1) ?? Number.NaN };
}

const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : "n/a");

/** CPU seconds (user + system) a process and its finished children used so far (Linux /proc). */
function cpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime, stime, cutime, cstime are fields 14..17 (1-based); after the name they start at index 11.
    const ticks = [11, 12, 13, 14].reduce((n, i) => n + Number(fields[i] ?? 0), 0);
    return ticks / 100;
  } catch {
    return Number.NaN;
  }
}

const goals: { name: string; met: boolean }[] = [];
function goal(name: string, met: boolean) {
  goals.push({ name, met });
  return met ? "met" : "NOT MET";
}

// ---- HTTP client (keep-alive, no fetch overhead) -----------------------------------

const agent = new http.Agent({ keepAlive: true, maxSockets: 4096 });

/**
 * POST through the keep-alive agent. A request on a reused connection that the server
 * closed meanwhile (its keep-alive timeout) is sent once more on a new one, as browsers do.
 */
async function post(base: string, pathname: string, body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  try {
    return await postOnce(base, pathname, body, headers);
  } catch (e) {
    if ((e as { reusedSocket?: boolean }).reusedSocket && (e as NodeJS.ErrnoException).code === "ECONNRESET") return postOnce(base, pathname, body, headers);
    throw e;
  }
}

function postOnce(base: string, pathname: string, body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const url = new URL(pathname, base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers },
        timeout: 30_000,
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (text += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", (e) => reject(Object.assign(e, { reusedSocket: req.reusedSocket })));
    req.end(body);
  });
}

interface TResultEvent {
  receivedAt: number;
  readAt: number;
}

/** Listens to a session's live stream until `signal`; collects its `result` events. */
function listen(base: string, sessionId: string, cookie: string, address: string, signal: AbortSignal) {
  const events: TResultEvent[] = [];
  let changes = 0;
  const ready = new Promise<void>((resolve, reject) => {
    const url = new URL(`/api/sessions/${sessionId}/events`, base);
    const req = http.get(
      { host: url.hostname, port: url.port, path: url.pathname, headers: { cookie, accept: "text/event-stream", "x-forwarded-for": address } },
      (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`events stream refused: HTTP ${res.statusCode}`));
          res.resume();
          return;
        }
        let buffer = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          const receivedAt = Date.now();
          buffer += chunk;
          let sep: number;
          while ((sep = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, sep);
            buffer = buffer.slice(sep + 2);
            const type = /^event: (.*)$/m.exec(block)?.[1];
            if (type === "ready") resolve();
            else if (type === "change") changes++;
            else if (type === "result") {
              const data = /^data: (.*)$/m.exec(block)?.[1];
              if (data) events.push({ receivedAt, readAt: (JSON.parse(data) as { readAt: number }).readAt });
            }
          }
        });
        res.on("error", () => {});
      },
    );
    req.on("error", (e) => {
      if (!signal.aborted) reject(e);
    });
    signal.addEventListener("abort", () => req.destroy());
  });
  return { events, ready, changes: () => changes };
}

// ---- Fixtures -----------------------------------------------------------------------

/** The answers one participant gives, in workbook order, as request bodies. */
function answersFor(items: TItemDef[], sessionId: string, seed: number): string[] {
  const bodies: string[] = [];
  items.forEach((item, i) => {
    const v = ((seed * 7 + i * 3) % 7) + 1;
    if (item.kind === "scale") {
      bodies.push(JSON.stringify({ sessionId, itemId: item.id, dimension: "now", value: v }));
      bodies.push(JSON.stringify({ sessionId, itemId: item.id, dimension: "desired", value: ((v + seed) % 7) + 1 }));
    } else if (item.kind === "position") bodies.push(JSON.stringify({ sessionId, itemId: item.id, dimension: "now", value: v }));
    else if (item.kind === "choice") bodies.push(JSON.stringify({ sessionId, itemId: item.id, dimension: "choice", value: (seed + i) % 2 }));
  });
  return bodies;
}

interface TMeeting {
  index: number;
  sessionId: string;
  email: string;
  password: string;
  tokens: string[];
}

/**
 * `count` partnerships, each with a coordinator (made in the database, e-mail verified),
 * an earlier closed session with answers (the ghost markers and the history) and an open
 * session with `participants` participants whose resume tokens are known.
 */
async function seedMeetings(url: string, count: number, participants: number): Promise<TMeeting[]> {
  const db = createDatabaseClient(url);
  const workbook = readWorkbook(path.join(root, "content"));
  const roles = workbook.roles.map((r) => r.id);
  const firstAct = workbook.acts[0]!;
  const password = `bench-${randomBytes(6).toString("hex")}`;
  const hash = await hashPassword(password);
  const meetings: TMeeting[] = [];
  try {
    for (let m = 0; m < count; m++) {
      const email = `bench-${m}-${randomBytes(3).toString("hex")}@bench.werkboek.local`;
      const user = await db.user.create({ data: { name: `Bench ${m}`, email, emailVerified: true } });
      await db.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: hash } });
      const partnership = await db.partnership.create({
        data: { name: `Benchmark ${m}`, region: "Localhost", memberships: { create: { userId: user.id, role: "coordinator" } } },
      });
      const earlier = await db.session.create({
        data: {
          partnershipId: partnership.id,
          title: "Vorige keer",
          date: new Date(Date.now() - 90 * 86_400_000),
          joinCode: `E${m.toString().padStart(5, "0")}`,
          status: "closed",
          anonymityThreshold: 3,
        },
      });
      for (let p = 0; p < 5; p++) {
        const participant = await db.participant.create({ data: { sessionId: earlier.id, role: roles[p % roles.length]!, resumeTokenHash: hashToken(createToken()) } });
        await db.answer.createMany({
          data: firstAct.statements.map((s, i) => ({ participantId: participant.id, itemId: s.id, dimension: "now", value: ((p + i) % 7) + 1 })),
        });
      }
      const session = await db.session.create({
        data: { partnershipId: partnership.id, title: `Sessie ${m}`, date: new Date(), joinCode: `B${m.toString().padStart(5, "0")}`, anonymityThreshold: 3 },
      });
      const tokens = Array.from({ length: participants }, () => createToken());
      await db.participant.createMany({
        data: tokens.map((t, i) => ({ sessionId: session.id, role: roles[i % roles.length]!, resumeTokenHash: hashToken(t) })),
      });
      meetings.push({ index: m, sessionId: session.id, email, password, tokens });
    }
  } finally {
    await db.$disconnect();
  }
  return meetings;
}

async function signIn(base: string, email: string, password: string, address: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const url = new URL("/api/auth/sign-in/email", base);
    const body = JSON.stringify({ email, password });
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        headers: { "content-type": "application/json", origin: base, "x-forwarded-for": address, "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        const cookie = (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]!).join("; ");
        if (res.statusCode === 200 && cookie) resolve(cookie);
        else reject(new Error(`sign-in failed: HTTP ${res.statusCode}`));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

// ---- Servers ------------------------------------------------------------------------

function appEnv(databaseUrl: string, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    BETTER_AUTH_SECRET: benchSecret,
    BETTER_AUTH_URL: `http://${HOST}:${port}`,
    // Participants and listeners come with addresses of their own, as through a proxy.
    TRUST_PROXY: "1",
  };
}
const benchSecret = randomBytes(32).toString("hex");

async function startApp(databaseUrl: string): Promise<{ base: string; pid: number }> {
  const port = await freePort();
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const base = await startServer(appEnv(databaseUrl, port), { port, script: "scripts/server.mjs", nodeArgs });
  return { base, pid: serverPids.get(base)! };
}

/**
 * The work of the answers route, on better-sqlite3 and nothing else: parse the body, find
 * the participant by the hash of the cookie's token, check the session is open, upsert the
 * answer. `handle(raw, cookieHeader)` returns the status and the JSON body. Shared by the
 * floor (a bare node:http server) and the bare Next.js route handler.
 */
const FLOOR_WORK = String.raw`
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
const require = createRequire(process.env.FLOOR_ROOT + "/package.json");
const Database = require("better-sqlite3");
const db = new Database(process.env.FLOOR_DB);
for (const [name, value] of Object.entries(JSON.parse(process.env.FLOOR_PRAGMAS))) db.pragma(name + " = " + value);
const find = db.prepare('SELECT p.id, p.sessionId, s.status FROM "Participant" p JOIN "Session" s ON s.id = p.sessionId WHERE p.resumeTokenHash = ?');
const upsert = db.prepare('INSERT INTO "Answer" (id, participantId, itemId, dimension, value, text, notApplicable, updatedAt) VALUES (?, ?, ?, ?, ?, NULL, 0, ?) ' +
  'ON CONFLICT (participantId, itemId, dimension) DO UPDATE SET value = excluded.value, text = NULL, notApplicable = 0, updatedAt = excluded.updatedAt RETURNING updatedAt');
let n = 0;
export function handle(raw, cookieHeader) {
  try {
    const body = JSON.parse(raw);
    const cookie = (cookieHeader || "").split("; ").find((c) => c.startsWith("wb_p_" + body.sessionId + "="));
    if (!cookie) return [403, { ok: false, error: "notParticipant" }];
    const p = find.get(createHash("sha256").update(cookie.slice(cookie.indexOf("=") + 1)).digest("hex"));
    if (!p || p.sessionId !== body.sessionId) return [403, { ok: false, error: "notParticipant" }];
    if (p.status !== "open") return [409, { ok: false, error: "sessionClosed" }];
    const row = upsert.get("floor" + process.pid + "x" + ++n, p.id, body.itemId, body.dimension, body.value ?? null, Date.now());
    return [200, { ok: true, savedAt: new Date(Number(row.updatedAt)).toISOString() }];
  } catch (e) {
    return [500, { ok: false, error: String(e) }];
  }
}
`;

/** The floor: FLOOR_WORK behind a bare node:http server. */
const FLOOR_SERVER = String.raw`
import http from "node:http";
import { handle } from "./floor-work.mjs";
const server = http.createServer((req, res) => {
  let raw = "";
  req.setEncoding("utf8");
  req.on("data", (d) => (raw += d));
  req.on("end", () => {
    const [status, body] = handle(raw, req.headers.cookie);
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  });
});
server.listen(Number(process.env.FLOOR_PORT), "127.0.0.1", () => console.log("ready"));
`;

/**
 * What Next.js itself costs: FLOOR_WORK as the route handler POST /api/answers of a bare
 * Next.js app (no proxy, no Prisma, nothing of this app), built in the same run. Its
 * throughput is the most a route handler can reach on this machine doing this work.
 */
const BARE_ROUTE = String.raw`
import { handle } from "../../../floor-work.mjs";
export async function POST(request) {
  const [status, body] = handle(await request.text(), request.headers.get("cookie"));
  return Response.json(body, { status });
}
export function GET() {
  return Response.json({ ok: true });
}
`;

function floorEnv(dbFile: string): Record<string, string> {
  return { FLOOR_ROOT: root, FLOOR_DB: dbFile, FLOOR_PRAGMAS: JSON.stringify(SQLITE_PRAGMAS) };
}

async function startBareRoute(dbFile: string): Promise<{ base: string; pid: number }> {
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  return startBareNextApp(
    { "floor-work.mjs": FLOOR_WORK, "app/api/answers/route.js": BARE_ROUTE },
    { env: floorEnv(dbFile), readyPath: "/api/answers", nodeArgs },
  );
}

async function startFloor(dbFile: string): Promise<{ base: string; pid: number }> {
  const dir = tempDir("werkboek-floor-");
  const script = path.join(dir, "floor.mjs");
  fs.writeFileSync(script, FLOOR_SERVER);
  fs.writeFileSync(path.join(dir, "floor-work.mjs"), FLOOR_WORK);
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [script], {
    env: { ...process.env, ...floorEnv(dbFile), FLOOR_PORT: String(port) },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  onCleanup(() => stopGroup(child));
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`the floor server stopped (exit ${code})`)));
  });
  return { base: `http://${HOST}:${port}`, pid: child.pid! };
}

// ---- Parts --------------------------------------------------------------------------

async function migrated(databaseUrl: string) {
  run("npm", ["run", "--silent", "db:deploy"], { ...process.env, DATABASE_URL: databaseUrl });
}

/** 200 clients, each sending its next answer as soon as the last one was answered. */
async function closedLoop(base: string, meeting: TMeeting, items: TItemDef[]) {
  const latencies: number[] = [];
  let errors = 0;
  const firstError: string[] = [];
  const started = performance.now();
  await Promise.all(
    meeting.tokens.map(async (token, i) => {
      const bodies = answersFor(items, meeting.sessionId, i);
      const headers = { cookie: `wb_p_${meeting.sessionId}=${token}`, "x-forwarded-for": `10.9.${i >> 8}.${i & 255}` };
      for (let k = 0; k < CLOSED_ANSWERS; k++) {
        const t0 = performance.now();
        try {
          const res = await post(base, "/api/answers", bodies[k % bodies.length]!, headers);
          latencies.push(performance.now() - t0);
          if (res.status !== 200) {
            errors++;
            if (firstError.length < 3) firstError.push(`HTTP ${res.status} ${res.text.slice(0, 100)}`);
          }
        } catch (e) {
          errors++;
          if (firstError.length < 3) firstError.push(String(e));
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { ...stats(latencies), perSecond: latencies.length / seconds, errors, firstError };
}

interface TMeetingsFigures {
  answers: number;
  save: ReturnType<typeof stats>;
  screen: ReturnType<typeof stats>;
  cpuPer1000: number;
  errors: number;
  firstError: string[];
  unshown: number;
  results: number;
}

/**
 * Meetings at human pace. `bases`: the server processes; participant p of a meeting sends
 * to bases[p % n], the meeting's projector listens on bases[(m + 1) % n] and its two
 * result pages on bases[m % n] and bases[(m + 1) % n].
 */
async function meetingsRun(bases: { base: string; pid: number }[], meetings: TMeeting[], items: TItemDef[]): Promise<TMeetingsFigures> {
  const controller = new AbortController();
  onCleanup(() => controller.abort());
  const n = bases.length;
  const listeners: { meeting: number; events: TResultEvent[]; changes: () => number }[] = [];
  for (const m of meetings) {
    const on = [bases[(m.index + 1) % n]!, bases[m.index % n]!, bases[(m.index + 1) % n]!].slice(0, LISTENERS_PER_MEETING);
    for (let l = 0; l < on.length; l++) {
      const address = `10.1.${m.index}.${l + 1}`;
      const cookie = await signIn(on[l]!.base, m.email, m.password, address);
      const listener = listen(on[l]!.base, m.sessionId, cookie, address, controller.signal);
      await listener.ready;
      listeners.push({ meeting: m.index, events: listener.events, changes: listener.changes });
    }
  }
  log(`${listeners.length} listeners connected; ${meetings.length * PER_MEETING} participants answer for ${SECONDS} s …`);

  const cpuBefore = bases.map((b) => cpuSeconds(b.pid));
  const saves: { meeting: number; sentAt: number; ackAt: number }[] = [];
  const latencies: number[] = [];
  let errors = 0;
  const firstError: string[] = [];
  const endAt = Date.now() + SECONDS * 1000;
  await Promise.all(
    meetings.flatMap((m) =>
      m.tokens.map(async (token, p) => {
        const bodies = answersFor(items, m.sessionId, p);
        const headers = { cookie: `wb_p_${m.sessionId}=${token}`, "x-forwarded-for": `10.2.${m.index}.${p + 1}` };
        const base = bases[p % n]!.base;
        // Everyone starts within the first pause, then answers every 2 to 4 s.
        await new Promise((r) => setTimeout(r, Math.random() * 3000));
        for (let k = 0; Date.now() < endAt; k++) {
          const sentAt = Date.now();
          const t0 = performance.now();
          try {
            const res = await post(base, "/api/answers", bodies[k % bodies.length]!, headers);
            latencies.push(performance.now() - t0);
            if (res.status === 200) saves.push({ meeting: m.index, sentAt, ackAt: Date.now() });
            else {
              errors++;
              if (firstError.length < 3) firstError.push(`HTTP ${res.status} ${res.text.slice(0, 100)}`);
            }
          } catch (e) {
            errors++;
            if (firstError.length < 3) firstError.push(String(e));
          }
          await new Promise((r) => setTimeout(r, 2000 + Math.random() * 2000));
        }
      }),
    ),
  );
  // Let the last results arrive (at most 5 s).
  const lastAck = Math.max(0, ...saves.map((s) => s.ackAt));
  const settle = Date.now() + 5000;
  const covered = () => listeners.every((l) => l.events.some((e) => e.readAt >= lastAck));
  while (!covered() && Date.now() < settle) await new Promise((r) => setTimeout(r, 50));
  const cpu = bases.reduce((sum, b, i) => sum + cpuSeconds(b.pid) - cpuBefore[i]!, 0);
  controller.abort();

  // Answer-to-screen: per answer and listener of its meeting, the first result read after it was saved.
  const screen: number[] = [];
  let unshown = 0;
  for (const l of listeners) {
    const events = l.events;
    for (const s of saves) {
      if (s.meeting !== l.meeting) continue;
      const shown = events.find((e) => e.readAt >= s.ackAt);
      if (shown) screen.push(shown.receivedAt - s.sentAt);
      else unshown++;
    }
  }
  return {
    answers: saves.length,
    save: stats(latencies),
    screen: stats(screen),
    cpuPer1000: (cpu / Math.max(1, saves.length)) * 1000,
    errors,
    firstError,
    unshown,
    results: listeners.reduce((k, l) => k + l.events.length, 0),
  };
}

function printMeetings(title: string, f: TMeetingsFigures) {
  console.log(`\n${title}`);
  console.log(`  answers saved        ${f.answers} (${(f.answers / SECONDS).toFixed(0)}/s), ${f.results} result events at ${MEETINGS * LISTENERS_PER_MEETING} listeners`);
  console.log(`  save                 p50 ${ms(f.save.p50)}, p95 ${ms(f.save.p95)}, max ${ms(f.save.max)}   goal p95 <= 100 ms: ${goal(`${title}: save p95`, f.save.p95 <= 100)}`);
  console.log(`  answer-to-screen     p50 ${ms(f.screen.p50)}, p95 ${ms(f.screen.p95)}, max ${ms(f.screen.max)}   goal p95 <= 1 s: ${goal(`${title}: screen p95`, f.screen.p95 <= 1000)}`);
  console.log(`  server CPU           ${f.cpuPer1000.toFixed(2)} s per 1,000 answers`);
  console.log(`  errors               ${f.errors}${f.firstError.length ? ` (${f.firstError.join("; ")})` : ""}   goal 0: ${goal(`${title}: errors`, f.errors === 0)}`);
  console.log(`  every answer shown   ${f.unshown === 0 ? "yes" : `NO: ${f.unshown} (answer, listener) pairs without a later result`}   goal: ${goal(`${title}: all shown`, f.unshown === 0)}`);
}

async function main() {
  const only = (() => {
    const i = process.argv.indexOf("--only");
    return i >= 0 ? new Set((process.argv[i + 1] ?? "").split(",")) : null;
  })();
  const wants = (part: string) => !only || only.has(part);
  console.log(`bench:scale on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  build({ ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, { reuse: process.argv.includes("--reuse-build") });
  const items = listItems(readWorkbook(path.join(root, "content")));

  if (wants("floor") || wants("closed")) {
    // Floor and app on two copies of the same seeded database, one after the other.
    const dir = tempDir("werkboek-scale-");
    const template = path.join(dir, "template.db");
    await migrated(`file:${template}`);
    const [meeting] = await seedMeetings(`file:${template}`, 1, CLOSED_CLIENTS);
    fs.copyFileSync(template, path.join(dir, "floor.db"));
    fs.copyFileSync(template, path.join(dir, "bare.db"));
    fs.copyFileSync(template, path.join(dir, "app.db"));

    const floorServer = await startFloor(path.join(dir, "floor.db"));
    await closedLoop(floorServer.base, { ...meeting!, tokens: meeting!.tokens.slice(0, 8) }, items); // warm-up
    let cpu = cpuSeconds(floorServer.pid);
    const floor = await closedLoop(floorServer.base, meeting!, items);
    const floorCpu = (cpuSeconds(floorServer.pid) - cpu) / (CLOSED_CLIENTS * CLOSED_ANSWERS);
    log("building a bare Next.js app with the floor's work as its route handler …");
    const bareServer = await startBareRoute(path.join(dir, "bare.db"));
    await closedLoop(bareServer.base, { ...meeting!, tokens: meeting!.tokens.slice(0, 8) }, items); // warm-up
    cpu = cpuSeconds(bareServer.pid);
    const bare = await closedLoop(bareServer.base, meeting!, items);
    const bareCpu = (cpuSeconds(bareServer.pid) - cpu) / (CLOSED_CLIENTS * CLOSED_ANSWERS);
    const app = await startApp(`file:${path.join(dir, "app.db")}`);
    await closedLoop(app.base, { ...meeting!, tokens: meeting!.tokens.slice(0, 8) }, items); // warm-up (JIT, first compile)
    cpu = cpuSeconds(app.pid);
    const closed = await closedLoop(app.base, meeting!, items);
    const appCpu = (cpuSeconds(app.pid) - cpu) / (CLOSED_CLIENTS * CLOSED_ANSWERS);
    const ratio = closed.perSecond / floor.perSecond;
    console.log(`\nClosed loop: ${CLOSED_CLIENTS} participants answering at once, ${CLOSED_ANSWERS} answers each`);
    console.log(`  floor (node:http + better-sqlite3)  ${floor.perSecond.toFixed(0)} answers/s, p50 ${ms(floor.p50)}, p95 ${ms(floor.p95)}, errors ${floor.errors}`);
    console.log(`  bare Next.js route, same work       ${bare.perSecond.toFixed(0)} answers/s, p50 ${ms(bare.p50)}, p95 ${ms(bare.p95)}, errors ${bare.errors}${bare.firstError.length ? ` (${bare.firstError.join("; ")})` : ""}`);
    console.log(`  app (POST /api/answers)             ${closed.perSecond.toFixed(0)} answers/s, p50 ${ms(closed.p50)}, p95 ${ms(closed.p95)}, max ${ms(closed.max)}, errors ${closed.errors}${closed.firstError.length ? ` (${closed.firstError.join("; ")})` : ""}`);
    console.log(`  server CPU per answer               floor ${(floorCpu * 1000).toFixed(2)} ms, bare Next.js ${(bareCpu * 1000).toFixed(2)} ms, app ${(appCpu * 1000).toFixed(2)} ms`);
    console.log(`  ratio of the floor                  ${ratio.toFixed(2)}   goal >= 0.5: ${goal("throughput >= 0.5 of floor", ratio >= 0.5)}`);
    console.log(`  for comparison: bare Next.js route  ${(bare.perSecond / floor.perSecond).toFixed(2)} of the floor; the app is ${(closed.perSecond / bare.perSecond).toFixed(2)} of it`);
    console.log(`  closed-loop p95                     ${ms(closed.p95)}   goal <= 150 ms: ${goal("closed-loop p95 <= 150 ms", closed.p95 <= 150)}`);
    goal("closed loop: no errors", closed.errors === 0 && floor.errors === 0 && bare.errors === 0);
  }

  if (wants("meetings")) {
    const dir = tempDir("werkboek-scale-");
    const url = `file:${path.join(dir, "meetings.db")}`;
    await migrated(url);
    const meetings = await seedMeetings(url, MEETINGS, PER_MEETING);
    const app = await startApp(url);
    printMeetings(`${MEETINGS} meetings × ${PER_MEETING} participants, SQLite, one process`, await meetingsRun([app], meetings, items));
  }

  if (wants("postgres")) {
    const pg = await startTestPostgres();
    onCleanup(() => pg.stop());
    const name = `bench_scale_${randomBytes(4).toString("hex")}`;
    const url = await createDatabase(pg.url, name);
    if (!pg.own) onCleanup(() => dropDatabases(pg.url, [name]));
    await migrated(url);
    const meetings = await seedMeetings(url, MEETINGS, PER_MEETING);
    const apps = [await startApp(url), await startApp(url)];
    printMeetings(
      `${MEETINGS} meetings × ${PER_MEETING} participants, PostgreSQL, two processes${pg.own ? " (throw-away server, fsync off)" : ""}`,
      await meetingsRun(apps, meetings, items),
    );
  }

  const missed = goals.filter((g) => !g.met);
  console.log(`\n${missed.length === 0 ? "Every goal met." : `Goals not met: ${missed.map((g) => g.name).join("; ")}`}`);
  console.log("(Absolute figures drift with the machine's load; the floor ratio is measured in the same run.)");
  process.exitCode = missed.length === 0 ? 0 : 1;
}

runMain(main);
