/**
 * First-load JavaScript of the pages a participant sees, on the production build: every
 * <script src> the page's HTML loads (not the `nomodule` polyfills modern browsers skip),
 * fetched and gzipped. Measured against a bare Next.js page built in the same run: a
 * throw-away app in a temporary folder with this project's next and react, one page
 * that renders a heading. Fails (exit 1) when a participant page (join, join with a
 * code, the workbook overview, every workbook step) is over LIMIT_KB or more than
 * OVER_BARE_KB above the bare page. Chart and presentation pages are listed for reference.
 *
 *   npm run bench:bundle                   (builds the app first)
 *   npm run bench:bundle -- --reuse-build  (measures the existing build: .next, or NEXT_DIST_DIR)
 */
import path from "node:path";
import { gzipSync } from "node:zlib";
import { readWorkbook } from "../lib/data/content";
import { DEMO_ACCOUNT } from "../lib/domain/demo";
import { listSteps } from "../lib/domain/workbook";
import { root, runMain, startApp, startBareNextApp } from "./bench-app";

const LIMIT_KB = 148;
const OVER_BARE_KB = 10;

async function firstLoadJs(base: string, pagePath: string, cookie?: string) {
  const res = await fetch(base + pagePath, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  if (res.status !== 200) throw new Error(`${pagePath}: HTTP ${res.status} (expected the page itself)`);
  const html = await res.text();
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

/** Builds and serves a bare Next.js app (one page) with this project's node_modules; returns its base URL. */
async function startBarePage(): Promise<string> {
  console.log("\nBuilding a bare Next.js app for comparison …");
  const bare = await startBareNextApp({
    "app/layout.jsx": `export default function RootLayout({ children }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n`,
    "app/page.jsx": `export const dynamic = "force-dynamic";\nexport default function Page() {\n  return <main><h1>Bare</h1></main>;\n}\n`,
  });
  return bare.base;
}

async function main() {
  const reuseBuild = process.argv.includes("--reuse-build");
  const app = await startApp({ reuseBuild });
  const { base, session, participantCookie } = app;

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

  const steps = listSteps(readWorkbook(path.join(root, "content")));
  const participantPages: [string, string, string?][] = [
    ["join", "/nl/join"],
    ["join with a code", `/nl/join/${session.joinCode}`],
    ["workbook overview", `/nl/workbook/${session.id}`, participantCookie],
    ...steps.map((s): [string, string, string] => [`step ${s.id}`, `/nl/workbook/${session.id}/${s.id}`, participantCookie]),
  ];
  const referencePages: [string, string, string?][] = [
    ["home", "/nl"],
    ["results (charts)", `/nl/sessions/${session.id}/results`, memberCookie],
    ["presentation", `/nl/sessions/${session.id}/present`, memberCookie],
  ];
  const measured = [];
  for (const [name, p, cookie] of [...participantPages, ...referencePages]) measured.push({ name, ...(await firstLoadJs(base, p, cookie)) });

  const bareBase = await startBarePage();
  const bare = await firstLoadJs(bareBase, "/");
  const limit = Math.min(LIMIT_KB, bare.gzipKb + OVER_BARE_KB);

  const row = (name: string, r: { gzipKb: number; rawKb: number; scripts: number }, note = "") =>
    `${name.padEnd(34)} ${r.gzipKb.toFixed(1).padStart(7)} kB gzip ${(r.gzipKb - bare.gzipKb >= 0 ? "+" : "") + (r.gzipKb - bare.gzipKb).toFixed(1).padStart(5)} kB  ${r.rawKb.toFixed(1).padStart(7)} kB raw ${String(r.scripts).padStart(3)} scripts${note}`;
  console.log(
    `\nFirst-load JavaScript (gzip) and the difference to a bare Next.js page. Participant pages:` +
      ` at most ${LIMIT_KB} kB and at most ${OVER_BARE_KB} kB above the bare page, so at most ${limit.toFixed(1)} kB here.\n`,
  );
  console.log(row("bare Next.js page", bare));
  let failed = 0;
  measured.forEach((r, i) => {
    const limited = i < participantPages.length;
    if (i === participantPages.length) console.log("for reference (not limited):");
    const over = limited && r.gzipKb > limit;
    if (over) failed++;
    console.log(row(r.name, r, over ? "  OVER LIMIT" : ""));
  });
  if (failed > 0) {
    console.error(`\n${failed} participant page(s) over the limit.`);
    process.exitCode = 1;
  }
}

runMain(main);
