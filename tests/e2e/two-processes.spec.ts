import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { hashPassword } from "better-auth/crypto";
import { expect, test } from "@playwright/test";
import { readWorkbook } from "../../lib/data/content";
import { createDatabaseClient } from "../../lib/platform/db-client";
import { Client } from "pg";

/**
 * Several processes share live updates (issue 10 item 3): two production servers
 * (scripts/server.mjs, from the same build) on one PostgreSQL database. Answers saved
 * through process A reach a projector connected to process B: B's live stream delivers
 * the anonymised result that includes them, and the presentation page in a browser on B
 * draws it. The bus is PostgreSQL LISTEN/NOTIFY (lib/platform/live-pg.ts).
 *
 * Runs in the suite's PostgreSQL pass (scripts/test-e2e.mjs sets TEST_DATABASE_URL to the
 * server and DATABASE_URL to a database on it), on a database of its own on that server,
 * with two servers of its own from the same build. Skipped on SQLite, which serves one
 * process. Takes about 20 to 30 s (two server starts).
 */

const serverUrl = process.env.TEST_DATABASE_URL;
const onPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");

/** Runs one statement on the server's maintenance database. */
async function onServer(sql: string) {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const root = path.resolve(__dirname, "../..");
const HOST = "127.0.0.1";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<{ base: string; child: ChildProcess }> {
  const base = `http://${HOST}:${port}`;
  const child = spawn(process.execPath, [path.join(root, "scripts/server.mjs"), "-H", HOST, "-p", String(port)], {
    cwd: root,
    env: { ...env, BETTER_AUTH_URL: base },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout?.on("data", (d: Buffer) => output.push(d.toString()));
  child.stderr?.on("data", (d: Buffer) => output.push(d.toString()));
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server stopped (exit ${child.exitCode}):\n${output.join("")}`);
    try {
      if ((await fetch(`${base}/nl`, { signal: AbortSignal.timeout(5000) })).ok) return { base, child };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGKILL");
  throw new Error(`server on ${base} did not start:\n${output.join("")}`);
}

/** Reads B's live stream; resolves with the first `result` whose profile counts `respondents`. */
function waitForResult(base: string, sessionId: string, cookie: string, respondents: number, signal: AbortSignal) {
  let onReady!: () => void;
  const ready = new Promise<void>((r) => (onReady = r));
  const result = new Promise<{ respondents: number; participants: number }>((resolve, reject) => {
    const url = new URL(`/api/sessions/${sessionId}/events`, base);
    const req = http.get({ host: url.hostname, port: url.port, path: url.pathname, headers: { cookie, accept: "text/event-stream" } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`events: HTTP ${res.statusCode}`));
      let buffer = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        buffer += chunk;
        let sep: number;
        while ((sep = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, sep);
          buffer = buffer.slice(sep + 2);
          if (/^event: ready$/m.test(block)) onReady();
          if (!/^event: result$/m.test(block)) continue;
          const data = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? "{}") as { participants: number; profile: { respondents: number } };
          if (data.profile.respondents === respondents) resolve({ respondents: data.profile.respondents, participants: data.participants });
        }
      });
    });
    req.on("error", (e) => (signal.aborted ? undefined : reject(e)));
    signal.addEventListener("abort", () => req.destroy());
  });
  return { ready, result };
}

test("answers saved through one process reach a projector on another (PostgreSQL LISTEN/NOTIFY)", async ({ page }) => {
  test.skip(!onPostgres || !serverUrl, "several processes need PostgreSQL: runs in the PostgreSQL pass");
  test.setTimeout(180_000);
  const stops: (() => unknown)[] = [];
  try {
    const name = `e2e_two_processes_${randomBytes(4).toString("hex")}`;
    await onServer(`CREATE DATABASE "${name}"`);
    stops.push(() => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    const url = new URL(serverUrl!);
    url.pathname = `/${name}`;
    const env = { ...process.env, DATABASE_URL: url.toString(), NODE_ENV: "production", BETTER_AUTH_SECRET: randomBytes(32).toString("hex") } as NodeJS.ProcessEnv;
    const migrate = spawnSync("npm", ["run", "--silent", "db:deploy"], { cwd: root, env, encoding: "utf8" });
    expect(migrate.status, migrate.stderr).toBe(0);

    // A coordinator, a session with a threshold of 3 and three participants, in the database.
    const db = createDatabaseClient(url.toString());
    stops.push(() => db.$disconnect());
    const email = `two-${randomBytes(4).toString("hex")}@test.werkboek.local`;
    const password = `wachtwoord-${randomBytes(4).toString("hex")}`;
    const user = await db.user.create({ data: { name: "Twee processen", email, emailVerified: true } });
    await db.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: await hashPassword(password) } });
    const partnership = await db.partnership.create({
      data: { name: "Twee processen", region: "Regio", memberships: { create: { userId: user.id, role: "coordinator" } } },
    });
    const session = await db.session.create({
      data: { partnershipId: partnership.id, title: "Live over twee processen", date: new Date(), joinCode: "TWEEPR", anonymityThreshold: 3 },
    });
    const tokens = [0, 1, 2].map(() => randomBytes(24).toString("base64url"));
    for (const token of tokens) {
      await db.participant.create({
        data: { sessionId: session.id, role: "professional", resumeTokenHash: createHash("sha256").update(token).digest("hex") },
      });
    }

    const [portA, portB] = [await freePort(), await freePort()];
    const a = await startServer(env, portA);
    stops.push(() => a.child.kill("SIGTERM"));
    const b = await startServer(env, portB);
    stops.push(() => b.child.kill("SIGTERM"));

    // The coordinator signs in on B and opens the projector there; a live stream on B too.
    const signIn = await page.request.post(`${b.base}/api/auth/sign-in/email`, { headers: { origin: b.base }, data: { email, password } });
    expect(signIn.ok()).toBe(true);
    const cookie = (await page.context().cookies(b.base)).map((c) => `${c.name}=${c.value}`).join("; ");
    await page.goto(`${b.base}/nl/sessions/${session.id}/present`);
    await expect(page.locator("[data-live-state]").first()).toHaveAttribute("data-live-state", "connected", { timeout: 15_000 });
    const abort = new AbortController();
    stops.push(() => abort.abort());
    const stream = waitForResult(b.base, session.id, cookie, 3, abort.signal);
    await stream.ready;

    // Three participants answer the first statement through A.
    const statement = readWorkbook(path.join(root, "content")).acts[0]!.statements[0]!.id;
    for (const [i, token] of tokens.entries()) {
      const res = await fetch(`${a.base}/api/answers`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: `wb_p_${session.id}=${token}` },
        body: JSON.stringify({ sessionId: session.id, itemId: statement, dimension: "now", value: i + 3 }),
      });
      expect(res.status, await res.text()).toBe(200);
    }

    // B heard it: its stream carries the result with all three, and the projector on B
    // draws it (from the result event, without a render of the page: decision 031).
    await expect(stream.result).resolves.toEqual({ respondents: 3, participants: 3 });
    await expect(page.getByTestId("respondent-count")).toHaveText("3 deelnemers hebben al antwoorden gegeven.", { timeout: 15_000 });
  } finally {
    for (const stop of stops.reverse()) {
      try {
        await stop();
      } catch {
        // stopping what is already gone
      }
    }
  }
});
