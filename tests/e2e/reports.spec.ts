import type { APIResponse, Page } from "@playwright/test";
import { expect, expectAccessible, test } from "./fixtures";
import { signIn } from "./accounts";

/**
 * Reports and exports (issue 12): the buttons on the results page, the report page, its
 * tagged PDF read back with pdfjs-dist (one Chromium launch per PDF, on the server), and
 * a session below the anonymity threshold that shows no positions in the PDF either.
 */

const DEMO = { email: "demo@werkboek.local", password: "demo-werkboek" };
const DEMO_PARTNERSHIP = "Samen Gezond Noord-Veluwe (demo)";

type TOutlineItem = { title: string; items: TOutlineItem[] };
type TStructNode = { role?: string; alt?: string; children?: TStructNode[] };

/** What a PDF says about itself, read with pdfjs-dist (no poppler needed). */
async function readPdf(response: APIResponse) {
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const bytes = new Uint8Array(await response.body());
  // pdfjs-dist uses Promise.withResolvers (Node 22); Node 20.19 lacks it.
  const P = Promise as unknown as { withResolvers?: () => unknown };
  P.withResolvers ??= () => {
    let resolve: unknown;
    let reject: unknown;
    const promise = new Promise((res, rej) => ((resolve = res), (reject = rej)));
    return { promise, resolve, reject };
  };
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({ data: bytes, disableFontFace: true, useSystemFonts: false });
  const doc = await task.promise;
  const { info } = (await doc.getMetadata()) as { info: Record<string, unknown> };
  // pdfjs-dist 6 answers with a Map (older versions with an object).
  const markInfo = (await doc.getMarkInfo()) as Map<string, unknown> | Record<string, unknown> | null;
  const marked = markInfo instanceof Map ? markInfo.get("Marked") : markInfo?.Marked;
  const outline = ((await doc.getOutline()) ?? []) as TOutlineItem[];
  const bookmarks: string[] = [];
  const walk = (items: TOutlineItem[]) => items.forEach((i) => (bookmarks.push(i.title), walk(i.items ?? [])));
  walk(outline);
  let text = "";
  const roles: TStructNode[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    for (const item of content.items) if ("str" in item) text += item.str + (item.hasEOL ? " " : "");
    const tree = (await page.getStructTree()) as TStructNode | null;
    const collect = (node: TStructNode | null | undefined) => {
      if (!node) return;
      roles.push(node);
      node.children?.forEach(collect);
    };
    collect(tree);
  }
  const pages = doc.numPages;
  await task.destroy();
  return { info, marked, bookmarks, text, pages, structure: roles };
}

/**
 * Text without its spacing (Chromium's PDF breaks lines and spaces differently from the
 * page), with one kind of apostrophe (a font maps ’ to the glyph pdfjs reads back as ʼ).
 */
const squash = (s: string) => s.normalize("NFKC").replace(/\s+/g, "").replace(/[\u2018\u2019\u02bc`]/g, "'");

async function demoSession(db: import("../../lib/generated/prisma/client").PrismaClient) {
  return db.session.findFirstOrThrow({
    where: { partnership: { name: DEMO_PARTNERSHIP } },
    orderBy: { date: "desc" },
    include: { partnership: true },
  });
}

async function openReport(page: Page, sessionId: string) {
  await page.goto(`/nl/sessions/${sessionId}/results`);
  const downloads = page.getByTestId("report-downloads");
  await expect(downloads.getByRole("heading", { name: "Verslag en downloads" })).toBeVisible();
  await downloads.getByRole("link", { name: "Verslag bekijken" }).click();
  await expect(page).toHaveURL(new RegExp(`/nl/sessions/${sessionId}/report$`));
}

test.describe("reports and exports", () => {
  test("results page buttons, the report page, and its tagged PDF", async ({ page, db }) => {
    test.slow();
    const session = await demoSession(db);
    await page.goto("/nl/sign-in");
    await signIn(page, DEMO, { open: false });
    await expect(page.getByTestId("signed-in-user")).toBeVisible();

    await page.goto(`/nl/sessions/${session.id}/results`);
    const downloads = page.getByTestId("report-downloads");
    for (const name of ["Verslag bekijken", "Verslag als PDF", "Balansprofiel en antwoorden (Excel)", "Balansprofiel (CSV)", "Antwoorden zonder namen (CSV)"]) {
      await expect(downloads.getByRole("link", { name })).toBeVisible();
    }
    await expectAccessible(page, "results with downloads");

    // The CSV download works from the button's address, with a BOM.
    const csvHref = await downloads.getByRole("link", { name: "Antwoorden zonder namen (CSV)" }).getAttribute("href");
    const csv = await page.request.get(csvHref!);
    expect(csv.status()).toBe(200);
    expect((await csv.body()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));

    // The same downloads from the presentation's toolbar, during the meeting.
    await page.goto(`/nl/sessions/${session.id}/present`);
    const present = page.getByTestId("present-downloads");
    await present.getByText("Downloads", { exact: true }).click();
    for (const name of ["Verslag bekijken", "Verslag als PDF", "Balansprofiel en antwoorden (Excel)"]) {
      await expect(present.getByRole("link", { name })).toBeVisible();
    }
    await expectAccessible(page, "presentation with the downloads open");

    await openReport(page, session.id);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Verslag: ${session.title}`);
    const figures = page.locator("[data-figure=act]");
    await expect(figures).toHaveCount(5);
    await expectAccessible(page, "report");

    const acts = await figures.evaluateAll((els) =>
      els.map((el) => ({
        title: el.querySelector("figcaption h3")?.textContent?.trim() ?? "",
        summary: el.querySelector("[data-summary]")?.textContent?.trim() ?? "",
      })),
    );
    for (const act of acts) {
      expect(act.title).not.toBe("");
      expect(act.summary).not.toBe("");
    }

    // The polarity map the demo session made (one act), with its accepted lines only: the
    // partners' suggestions still waiting for the facilitator never appear.
    const entries = await db.polarityEntry.findMany({ where: { sessionId: session.id }, orderBy: [{ quadrant: "asc" }, { position: "asc" }] });
    const accepted = entries.filter((e) => e.status === "accepted");
    const waiting = entries.filter((e) => e.status === "suggested");
    expect(accepted.length).toBeGreaterThan(0);
    expect(waiting.length).toBeGreaterThan(0);
    const mapActs = [...new Set(accepted.map((e) => e.actId))];
    const maps = page.locator("[data-polarity-act]");
    await expect(maps).toHaveCount(mapActs.length);
    const mapTitle = (await maps.first().locator("h3").textContent())?.trim() ?? "";
    expect(mapTitle).toMatch(/^Polariteitenkaart: /);
    for (const e of accepted) await expect(maps.locator(`[data-polarity-field=${e.quadrant}]`).getByText(e.text, { exact: true })).toBeVisible();
    for (const e of waiting) await expect(page.getByText(e.text)).toHaveCount(0);
    // Each field has a heading that names its pole (the PDF's structure).
    await expect(maps.first().locator("[data-polarity-field] h4")).toHaveCount(new Set(accepted.map((e) => e.quadrant)).size);

    const pdfHref = await page.goto(`/nl/sessions/${session.id}/results`).then(() => downloads.getByRole("link", { name: "Verslag als PDF" }).getAttribute("href"));
    const pdf = await readPdf(await page.request.get(pdfHref!, { timeout: 90_000 }));
    expect(pdf.marked).toBe(true);
    expect(pdf.structure.length).toBeGreaterThan(20);
    expect(pdf.structure.some((n) => n.role === "Figure")).toBe(true);
    expect(pdf.info.Language).toBe("nl");
    expect(String(pdf.info.Title)).toContain(`Verslag: ${session.title}`);
    expect(pdf.pages).toBeGreaterThan(1);
    const text = squash(pdf.text);
    for (const act of acts) {
      expect(pdf.bookmarks).toContain(act.title);
      expect(text).toContain(squash(act.title));
      expect(text).toContain(squash(act.summary));
    }
    expect(pdf.bookmarks).toContain(mapTitle);
    for (const e of accepted) expect(text).toContain(squash(e.text));
    for (const e of waiting) expect(text).not.toContain(squash(e.text));
  });

  test("a session below the threshold: no positions on the report or in its PDF", async ({ page, db, owned }) => {
    test.slow();
    const demo = await db.user.findUniqueOrThrow({ where: { email: DEMO.email } });
    const partnership = await db.partnership.create({
      data: { name: `${owned.namePrefix} klein`, region: "Twente", memberships: { create: { userId: demo.id, role: "coordinator" } } },
    });
    owned.partnershipIds.push(partnership.id);
    const session = await db.session.create({
      data: { partnershipId: partnership.id, title: "Te klein", date: new Date("2026-05-01"), joinCode: `R${Date.now().toString(36).toUpperCase().slice(-5)}` },
    });
    const statements = await db.answer.findMany({ where: { dimension: "now" }, select: { itemId: true }, distinct: ["itemId"], take: 40 });
    for (let i = 0; i < 2; i++) {
      const p = await db.participant.create({ data: { sessionId: session.id, role: "manager", resumeTokenHash: `e2e-report-${session.id}-${i}` } });
      await db.answer.createMany({ data: statements.map((s) => ({ participantId: p.id, itemId: s.itemId, dimension: "now", value: 2 + i })) });
    }
    await page.goto("/nl/sign-in");
    await signIn(page, DEMO, { open: false });
    await expect(page.getByTestId("signed-in-user")).toBeVisible();
    await openReport(page, session.id);
    await expect(page.locator("[data-figure=act][data-hidden]")).toHaveCount(5);
    await expect(page.locator("[data-figure=act] [data-summary]")).toHaveCount(0);
    await expectAccessible(page, "report below the threshold");

    const pdf = await readPdf(await page.request.get(`/api/sessions/${session.id}/report/pdf?lang=nl`, { timeout: 90_000 }));
    const text = squash(pdf.text);
    expect(text).toContain(squash("De uitkomsten verschijnen zodra minstens 3 deelnemers deze balanceeract hebben ingevuld."));
    // No act has a chart, words or a table of figures; the board says, per act, that there are too few answers.
    expect(text.split(squash("In woorden:")).length - 1).toBe(1);
    expect(text).not.toContain(squash("Cijfers bij"));
    const titles = await page.locator("[data-figure=act] figcaption h3").allTextContents();
    expect(titles).toHaveLength(5);
    for (const title of titles) expect(text).toContain(squash(`${title}: nog te weinig antwoorden om te tonen.`));
    expect(pdf.bookmarks.length).toBeGreaterThanOrEqual(5);
  });
});
