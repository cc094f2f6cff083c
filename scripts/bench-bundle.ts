/**
 * First-load JavaScript of the pages a participant sees, measured on the production
 * build: every <script src> the page's HTML loads, fetched and gzipped. The workbook
 * pages must stay within 180 kB (chart code is loaded only by pages with charts).
 *
 *   npm run bench:bundle            (builds first when there is no build)
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../lib/generated/prisma/client";
import { readWorkbook } from "../lib/data/content";
import { DEMO_ACCOUNT } from "../lib/domain/demo";
import { createToken, hashToken } from "../lib/platform/tokens";

const LIMIT_KB = 180;

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  const res = spawnSync(cmd, args, { stdio: "inherit", env });
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer at ${url}`);
}

async function firstLoadJs(base: string, pagePath: string, cookie?: string) {
  const html = await (await fetch(base + pagePath, { headers: cookie ? { cookie } : {} })).text();
  // Modern browsers skip <script nomodule> (Next's legacy polyfills), so those do not count.
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\snomodule/i.test(tag));
  const srcs = [...new Set(tags.map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1]).filter((s): s is string => !!s))];
  let raw = 0;
  let gz = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gz += gzipSync(body).length;
  }
  return { scripts: srcs.length, rawKb: raw / 1024, gzipKb: gz / 1024 };
}

async function main() {
  const root = path.resolve(__dirname, "..");
  process.chdir(root);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "werkboek-bundle-"));
  const url = `file:${path.join(tmp, "bench.db")}`;
  const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" };
  let server: ReturnType<typeof spawn> | undefined;
  try {
    if (!fs.existsSync(".next/BUILD_ID")) run("npx", ["next", "build"], env);
    run("npx", ["prisma", "migrate", "deploy"], env);
    run("npx", ["tsx", "prisma/seed.ts"], env);

    const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
    const session = await db.session.findFirstOrThrow({ where: { status: "open" } });
    const token = createToken();
    await db.participant.create({
      data: { sessionId: session.id, role: "professional", resumeTokenHash: hashToken(token) },
    });
    await db.$disconnect();

    const port = await freePort();
    const base = `http://localhost:${port}`;
    server = spawn("npx", ["next", "start", "-p", String(port)], { env, stdio: "ignore" });
    await waitFor(`${base}/nl`, 60_000);

    const resume = await fetch(`${base}/resume/${token}?locale=nl`, { redirect: "manual" });
    const cookie = (resume.headers.get("set-cookie") ?? "").split(";")[0]!;
    const act = readWorkbook().acts[0]!.id;
    // The results page is for members: sign in as the demo coordinator for that one.
    const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password }),
    });
    const memberCookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    if (!signIn.ok || !memberCookie) throw new Error(`demo sign-in failed (${signIn.status})`);

    const pages: [string, string, boolean, string?][] = [
      ["workbook overview", `/nl/workbook/${session.id}`, true],
      ["workbook act step", `/nl/workbook/${session.id}/${act}`, true],
      ["workbook profile step", `/nl/workbook/${session.id}/profile`, true],
      ["join", `/nl/join/${session.joinCode}`, true],
      ["home (for reference)", "/nl", false],
      ["results (charts; for reference)", `/nl/sessions/${session.id}/results`, false, memberCookie],
    ];
    let failed = false;
    console.log(`\nFirst-load JavaScript (gzip), limit for participant pages: ${LIMIT_KB} kB\n`);
    for (const [name, p, limited, pageCookie] of pages) {
      const r = await firstLoadJs(base, p, pageCookie ?? cookie);
      const over = limited && r.gzipKb > LIMIT_KB;
      failed ||= over;
      console.log(
        `${name.padEnd(34)} ${r.gzipKb.toFixed(1).padStart(7)} kB gzip  ${r.rawKb.toFixed(1).padStart(8)} kB raw  ${String(r.scripts).padStart(3)} scripts${over ? "  OVER LIMIT" : ""}`,
      );
    }
    if (failed) process.exitCode = 1;
  } finally {
    server?.kill("SIGTERM");
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
