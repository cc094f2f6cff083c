import "server-only";
import fs from "node:fs";

/**
 * Tagged PDFs of a page of this app, printed by Chromium (decision 021): a structure
 * tree, /Lang from the page's `lang`, the title from its <title>, and a bookmark per
 * heading (`outline`, which Chromium only writes when `tagged` is on). The page's print
 * stylesheet sets the paper (A4), margins and page numbers, so the PDF and the
 * browser's own "print to PDF" look the same.
 *
 * The browser is found as the test script finds it (scripts/test-e2e.mjs):
 * PLAYWRIGHT_CHROMIUM_EXECUTABLE, else Playwright's own Chromium, else Debian's
 * /usr/bin/chromium. Without one, findChromium() is null and the app offers the print
 * dialog instead.
 */

const DEBIAN_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
/** One PDF at a time per process: a browser takes 100-300 MB while it prints. */
const MAX_AT_ONCE = 1;
/** The longest a rendering may take before it is given up. */
const TIMEOUT_MS = 60_000;

let own: string | null | undefined;

async function playwrightsOwn(): Promise<string | null> {
  if (own !== undefined) return own;
  try {
    const { chromium } = await import("playwright-core");
    const p = chromium.executablePath();
    own = p && fs.existsSync(p) ? p : null;
  } catch {
    own = null;
  }
  return own;
}

/** The Chromium this server can print with, or null when there is none. */
export async function findChromium(): Promise<string | null> {
  const configured = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (configured) return fs.existsSync(configured) ? configured : null;
  const p = await playwrightsOwn();
  if (p) return p;
  return DEBIAN_CHROMIUM.find((c) => fs.existsSync(c)) ?? null;
}

let running = 0;
const waiting: (() => void)[] = [];

async function turn(): Promise<() => void> {
  if (running >= MAX_AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

export interface TPdfCookie {
  name: string;
  value: string;
}

/**
 * Prints `url` (a page of this app, on its own loopback address) to a tagged A4 PDF, with
 * the requester's cookies, so the page shows exactly what the requester may see.
 * Throws when there is no browser or the page does not load with status 200.
 */
export async function renderPdf(url: string, cookies: readonly TPdfCookie[]): Promise<Buffer> {
  const executablePath = await findChromium();
  if (!executablePath) throw new Error("No Chromium to print with");
  const release = await turn();
  try {
    const { chromium } = await import("playwright-core");
    const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
    const browser = await chromium.launch({
      executablePath,
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", ...(isRoot ? ["--no-sandbox"] : [])],
      timeout: TIMEOUT_MS,
    });
    try {
      // The report is server-rendered: no script needs to run to print it.
      const context = await browser.newContext({ javaScriptEnabled: false });
      if (cookies.length > 0) await context.addCookies(cookies.map((c) => ({ name: c.name, value: c.value, url })));
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT_MS);
      const response = await page.goto(url, { waitUntil: "load" });
      if (!response || response.status() !== 200) throw new Error(`The page to print answered ${response?.status() ?? "nothing"}`);
      return await page.pdf({ tagged: true, outline: true, preferCSSPageSize: true, printBackground: true, format: "A4" });
    } finally {
      await browser.close();
    }
  } finally {
    release();
  }
}
