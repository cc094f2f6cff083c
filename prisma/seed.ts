/**
 * Demo data: one partnership with three sessions, so a new user sees a full balance
 * profile (and how it moved) right away, with agreements in every state (open, in
 * progress and overdue, done, dropped) to follow through from one session to the next. The earlier session used the short workbook
 * (core statements only), the current one the full workbook; a few partners without an
 * elected council answer "does not apply to us" to the statement that assumes one. Runs only when the database has no
 * partnership yet, so it never touches real data. `--force` adds the demo anyway.
 * The demo coordinator signs in with DEMO_EMAIL / DEMO_PASSWORD.
 */
import { hashPassword } from "better-auth/crypto";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { readWorkbook } from "../lib/data/content";
import { DEMO_ACCOUNT } from "../lib/domain/demo";
import { askedStatements, type TWorkbookLength } from "../lib/domain/workbook";
import { createDatabaseClient } from "../lib/platform/db-client";
import { resolveDatabaseUrl } from "../lib/platform/env-database";
import { createJoinCode, createToken, hashToken } from "../lib/platform/tokens";
import type { TWorkbook } from "../lib/domain/content/schema";

type TRoleId = "administrator" | "manager" | "professional" | "client" | "funder" | "other";

/** Where a role group sits per act: [now, desired] on the axis pole A (-1) .. pole B (+1). */
type TActTargets = Record<string, Partial<Record<TRoleId | "all", [number, number]>>>;

/** A small deterministic random generator (mulberry32), so the demo is the same every time. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function toScaleValue(position: number, left: "a" | "b"): number {
  const p = Math.max(-1, Math.min(1, position));
  const v = Math.round(left === "a" ? 4 + 3 * p : 4 - 3 * p);
  return Math.max(1, Math.min(7, v));
}

const DEMO_EMAIL = DEMO_ACCOUNT.email;
const DEMO_PASSWORD = DEMO_ACCOUNT.password;
const DEMO_PARTNERSHIP_NAME = "Samen Gezond Noord-Veluwe (demo)";

/** The demo coordinator's account, made the way better-auth makes e-mail accounts. */
async function ensureDemoUser(db: PrismaClient) {
  const existing = await db.user.findUnique({ where: { email: DEMO_EMAIL }, select: { id: true } });
  if (existing) return existing;
  const user = await db.user.create({
    data: { name: DEMO_ACCOUNT.name, email: DEMO_EMAIL, emailVerified: true },
    select: { id: true },
  });
  await db.account.create({
    data: { userId: user.id, accountId: user.id, providerId: "credential", password: await hashPassword(DEMO_PASSWORD) },
  });
  console.log(`Seed: demo account ${DEMO_EMAIL} added.`);
  return user;
}

/** Where the demo partners place the partnership on the four forms of variety (1 = pole A, 7 = pole B). */
const VARIETY_TARGETS = [5.5, 3, 3.5, 6];

/** The statement that assumes an elected council, and the partners who have none above them. */
const COUNCIL_STATEMENT = "inbedding-gekozen-organen";
const WITHOUT_COUNCIL = new Set(["Ziekenhuis St. Jansdal", "Zorgkantoor", "Zorgverzekeraar"]);

const PARTICIPANTS: { role: TRoleId; organisation: string; name?: string; group?: "x" | "y" }[] = [
  { role: "administrator", organisation: "Gemeente Harderwijk", name: "Anouk", group: "x" },
  { role: "administrator", organisation: "Gemeente Elburg", group: "y" },
  { role: "administrator", organisation: "Ziekenhuis St. Jansdal", group: "x" },
  { role: "administrator", organisation: "GGD Noord- en Oost-Gelderland", group: "y" },
  { role: "manager", organisation: "Gemeente Nunspeet", name: "Karim", group: "x" },
  { role: "manager", organisation: "Zorgkantoor", group: "y" },
  { role: "manager", organisation: "Welzijn Noord-Veluwe", group: "y" },
  { role: "professional", organisation: "Huisartsenpraktijk Ermelo", name: "Sanne", group: "x" },
  { role: "professional", organisation: "Wijkteam Harderwijk", group: "y" },
  { role: "professional", organisation: "Thuiszorg Veluwe", group: "x" },
  { role: "professional", organisation: "Welzijn Noord-Veluwe", group: "y" },
  { role: "client", organisation: "Adviesraad Sociaal Domein", name: "Henk", group: "x" },
  { role: "client", organisation: "Cliëntenraad ziekenhuis", group: "y" },
  { role: "client", organisation: "Seniorenraad", group: "x" },
  { role: "funder", organisation: "Zorgverzekeraar", group: "y" },
  { role: "funder", organisation: "Gemeente Harderwijk (opdrachtgever)", group: "x" },
  { role: "funder", organisation: "Provincie Gelderland", group: "y" },
];

/** The current session: one act balanced as wished, one split, one with change wanted, one where roles differ. */
function currentTargets(wb: TWorkbook): TActTargets {
  const [a1, a2, a3, a4, a5] = wb.acts.map((a) => a.id);
  return {
    [a1!]: { all: [-0.15, -0.1] },
    // Split (see splitActId): two camps on either side, so an average near the middle hides a conflict.
    [a2!]: { all: [0, 0] },
    // Change wanted: now towards breadth, wish towards focus.
    [a3!]: { all: [0.5, -0.35] },
    // Roles differ: administrators and funders towards frameworks, professionals and clients towards room.
    [a4!]: {
      administrator: [0.55, 0.45],
      funder: [0.6, 0.55],
      manager: [0.1, 0.05],
      professional: [-0.55, -0.65],
      client: [-0.45, -0.55],
    },
    [a5!]: { all: [0.45, 0.05] },
  };
}

/** The earlier session, half a year before: the positions the balance moved from. */
function earlierTargets(wb: TWorkbook): TActTargets {
  const [a1, a2, a3, a4, a5] = wb.acts.map((a) => a.id);
  return {
    [a1!]: { all: [0.35, -0.05] },
    [a2!]: { all: [-0.3, -0.2] },
    [a3!]: { all: [0.7, -0.2] },
    [a4!]: { all: [0.3, 0.1] },
    [a5!]: { all: [0.7, 0.1] },
  };
}

/** The session in between (late summer): halfway from where they started to where they are now. */
function middleTargets(wb: TWorkbook): TActTargets {
  const [a1, a2, a3, a4, a5] = wb.acts.map((a) => a.id);
  return {
    [a1!]: { all: [0.1, -0.1] },
    [a2!]: { all: [-0.15, -0.05] },
    [a3!]: { all: [0.6, -0.3] },
    [a4!]: { all: [0.4, 0.2] },
    [a5!]: { all: [0.55, 0.05] },
  };
}

/** A revisit day `days` from today (UTC midnight), so the open agreements stay ahead of the demo's visitors. */
function daysFromToday(days: number): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days));
}

/**
 * Demo agreements, per session (oldest first), in every state: the start made two (one
 * done, one still in progress and past its revisit date: overdue), the session in between
 * two (one dropped, one open), the current one one (open). Positions are places on the
 * act's axis (-1 pole A .. +1 pole B), never scores.
 */
async function seedAgreements(db: PrismaClient, wb: TWorkbook, sessionIds: readonly string[]) {
  const act = (i: number) => wb.acts[i]!.id;
  const [first, middle, current] = sessionIds;
  const changed = new Date("2026-11-01T00:00:00.000Z");
  await db.agreement.createMany({
    data: [
      {
        sessionId: first!,
        actId: act(0),
        position: 0,
        action: "Elk kwartaal bespreken we met de wethouders hoe het gezamenlijke loket loopt.",
        owner: "Gemeente Harderwijk",
        revisitOn: new Date("2026-08-20T00:00:00.000Z"),
        status: "done",
        note: "Drie keer gedaan. De wethouders willen het zo houden.",
        statusChangedAt: changed,
      },
      {
        sessionId: first!,
        actId: act(2),
        position: -1 / 3,
        action: "We kiezen twee speerpunten voor 2027 in plaats van zes.\nDe andere vier houden we bij, maar zonder eigen werkgroep.",
        owner: "Regiegroep",
        revisitOn: new Date("2026-10-01T00:00:00.000Z"),
        status: "in_progress",
        note: "Twee speerpunten gekozen; het besluit over de werkgroepen is nog niet genomen.",
        statusChangedAt: changed,
      },
      {
        sessionId: middle!,
        actId: act(1),
        position: 1 / 3,
        action: "Iemand van de cliëntenraad schuift aan bij elke regiegroep.",
        owner: "Welzijn Noord-Veluwe",
        revisitOn: new Date("2026-11-10T00:00:00.000Z"),
        status: "dropped",
        note: "Lukte niet met de vergadertijden overdag. We zoeken samen met de cliëntenraad een andere vorm.",
        statusChangedAt: changed,
      },
      {
        sessionId: middle!,
        actId: act(4),
        position: 0,
        action: "Elke regiegroep begint met drie vaste punten: wat loopt, wat schuurt, wat vraagt een besluit.",
        owner: "Voorzitter regiegroep",
        revisitOn: daysFromToday(45),
        status: "open",
      },
      {
        sessionId: current!,
        actId: act(3),
        position: -1 / 3,
        action: "Wijkteams krijgen een eigen budget om zonder aanvraag iets uit te proberen.",
        owner: "Zorgkantoor en gemeenten",
        revisitOn: daysFromToday(90),
        status: "open",
      },
    ],
  });
}

async function seedSession(
  db: PrismaClient,
  wb: TWorkbook,
  partnershipId: string,
  opts: {
    title: string;
    date: Date;
    status: "open" | "closed";
    count: number;
    targets: TActTargets;
    seed: number;
    splitActId?: string;
    workbookLength: TWorkbookLength;
  },
) {
  const rnd = random(opts.seed);
  const session = await db.session.create({
    data: {
      partnershipId,
      title: opts.title,
      date: opts.date,
      status: opts.status,
      joinCode: createJoinCode(),
      workbookLength: opts.workbookLength,
    },
  });
  for (const p of PARTICIPANTS.slice(0, opts.count)) {
    const participant = await db.participant.create({
      data: {
        sessionId: session.id,
        role: p.role,
        organisation: p.organisation,
        displayName: p.name ?? null,
        resumeTokenHash: hashToken(createToken()),
      },
    });
    const answers: {
      participantId: string;
      itemId: string;
      dimension: string;
      value: number | null;
      text: string | null;
      notApplicable?: boolean;
    }[] = [];
    for (const act of wb.acts) {
      const t = opts.targets[act.id]!;
      let [now, desired] = t[p.role] ?? t.all ?? [0, 0];
      if (act.id === opts.splitActId) {
        // Two camps: co-creation versus representation.
        [now, desired] = p.group === "x" ? [-0.65, -0.7] : [0.6, 0.65];
      }
      // Only the statements the session asks (no retired ones; a short session: the core ones).
      for (const s of askedStatements(act, opts.workbookLength)) {
        const notApplicable = s.id === COUNCIL_STATEMENT && WITHOUT_COUNCIL.has(p.organisation);
        for (const [dimension, target] of [["now", now], ["desired", desired]] as const) {
          const dontKnow = rnd() < 0.04;
          const noise = (rnd() - 0.5) * 0.7;
          answers.push({
            participantId: participant.id,
            itemId: s.id,
            dimension,
            value: dontKnow || notApplicable ? null : toScaleValue(target + noise, s.left),
            text: null,
            notApplicable,
          });
        }
      }
    }
    for (const v of wb.profile.varieties) {
      // Partners roughly agree on what kind of partnership this is: more mission than task,
      // fairly formal, somewhat top-down, and diverse; with some spread.
      const target = VARIETY_TARGETS[wb.profile.varieties.indexOf(v)] ?? 4;
      const value = Math.max(1, Math.min(7, Math.round(target + (rnd() - 0.5) * 3)));
      answers.push({ participantId: participant.id, itemId: v.id, dimension: "now", value, text: null });
    }
    const choiceOptions = [
      ...wb.profile.themes.options,
      ...wb.profile.drivers.options,
      ...wb.promises.promises.items,
      ...wb.promises.downsides.items,
    ];
    for (const o of choiceOptions) {
      if (rnd() < 0.4) answers.push({ participantId: participant.id, itemId: o.id, dimension: "choice", value: 1, text: null });
    }
    await db.answer.createMany({ data: answers });
  }
  return session;
}

/**
 * Demo polarity maps (lines as a meeting would type them, in Dutch): the earliest session
 * made one for the first act, a session in between (if any) for the second, and the most
 * recent one is filling in the third, with two partners' suggestions still waiting.
 */
type TDemoMap = { act: number; lines: [string, string][]; suggestions?: [string, string][] };
const DEMO_POLARITY_MAPS: TDemoMap[] = [
  {
    act: 0,
    lines: [
      ["upsideA", "Huisartsen, wijkteams en bibliotheek kennen elkaar en schakelen snel"],
      ["upsideA", "Initiatieven van inwoners krijgen meteen een plek"],
      ["upsideB", "Iedereen weet wie over het regiobudget beslist"],
      ["upsideB", "Nieuwe partijen kunnen via een vaste route aanschuiven"],
      ["downsideA", "Besluiten vallen in de wandelgangen"],
      ["downsideA", "Kleine aanbieders voelen zich buitengesloten"],
      ["downsideB", "Het kernteam praat vooral over reglementen"],
      ["downsideB", "Goede ideeën uit de dorpen wachten maanden op een besluit"],
      ["warningA", "Steeds dezelfde vijf mensen aan tafel"],
      ["warningA", "De raad vraagt wie dit heeft besloten"],
      ["warningB", "Agenda's met meer procedure dan inhoud"],
      ["warningB", "Partners sturen een vervanger"],
      ["actionA", "Elk kwartaal een open tafel in een van de kernen"],
      ["actionA", "Eén vast aanspreekpunt voor initiatieven"],
      ["actionB", "Besluitenlijst na elk overleg op de website"],
      ["actionB", "Elk jaar een vrije plek aan tafel voor een nieuwe partij"],
    ],
  },
  {
    act: 1,
    lines: [
      ["upsideA", "Ervaringsdeskundigen zagen knelpunten die wij misten"],
      ["upsideB", "De raad staat achter de regiovisie"],
      ["downsideA", "Alleen de mondigste inwoners doen mee"],
      ["downsideB", "Inwoners horen pas achteraf wat er besloten is"],
      ["warningA", "Dezelfde drie insprekers op elke avond"],
      ["warningB", "Geen enkele reactie op de consultatie"],
      ["actionA", "Een vaste inwonerstafel die meeleest"],
      ["actionB", "Raadsleden twee keer per jaar bijpraten"],
    ],
  },
  {
    act: 2,
    lines: [
      ["upsideA", "Snelle afspraken over valpreventie bij ouderen"],
      ["upsideB", "GGD en sociaal domein brengen de oorzaken in beeld"],
      ["downsideA", "Schulden en eenzaamheid vallen buiten beeld"],
      ["downsideB", "Overleg met dertig partijen waarin niemand knopen doorhakt"],
      ["warningA", "Partners buiten de zorg haken af"],
      ["warningB", "Actiepunten zonder eigenaar"],
      ["actionA", "Per jaar hooguit twee speerpunten"],
    ],
    suggestions: [
      ["warningB", "Verslagen die niemand meer leest"],
      ["upsideA", "Resultaat dat we de raad kunnen laten zien"],
    ],
  },
];

async function seedPolarityMaps(db: PrismaClient, wb: TWorkbook, partnershipId: string) {
  const sessions = await db.session.findMany({ where: { partnershipId }, orderBy: { date: "asc" }, select: { id: true } });
  for (const [i, session] of sessions.entries()) {
    const map = i === sessions.length - 1 ? DEMO_POLARITY_MAPS[2]! : DEMO_POLARITY_MAPS[Math.min(i, 1)]!;
    const actId = wb.acts[map.act]!.id;
    const counts = new Map<string, number>();
    const data = map.lines.map(([quadrant, text]) => {
      const position = counts.get(quadrant) ?? 0;
      counts.set(quadrant, position + 1);
      return { sessionId: session.id, actId, quadrant, text, status: "accepted", position };
    });
    for (const [quadrant, text] of map.suggestions ?? []) data.push({ sessionId: session.id, actId, quadrant, text, status: "suggested", position: 0 });
    await db.polarityEntry.createMany({ data });
  }
}

async function main() {
  const url = resolveDatabaseUrl();
  const db = createDatabaseClient(url);
  try {
    const force = process.argv.includes("--force");
    if (!force && (await db.partnership.count()) > 0) {
      // A database from before accounts existed: give its demo partnership (if it has no
      // members yet) the demo coordinator, so it can be opened again.
      const orphanDemo = await db.partnership.findFirst({
        where: { name: DEMO_PARTNERSHIP_NAME, memberships: { none: {} } },
        select: { id: true },
      });
      if (orphanDemo) {
        const demoUser = await ensureDemoUser(db);
        await db.membership.create({ data: { userId: demoUser.id, partnershipId: orphanDemo.id, role: "coordinator" } });
        console.log("Seed: the demo coordinator now coordinates the existing demo partnership.");
      }
      console.log("Seed: the database already has data; the demo is not added again.");
      return;
    }
    const wb = readWorkbook();
    const demoUser = await ensureDemoUser(db);
    const partnership = await db.partnership.create({
      data: {
        name: DEMO_PARTNERSHIP_NAME,
        region: "Noord-Veluwe",
        memberships: { create: { userId: demoUser.id, role: "coordinator" } },
      },
    });
    const start = await seedSession(db, wb, partnership.id, {
      title: "Startbijeenkomst",
      date: new Date("2026-05-12T00:00:00.000Z"),
      status: "closed",
      count: 11,
      targets: earlierTargets(wb),
      seed: 2,
      workbookLength: "short",
    });
    const middle = await seedSession(db, wb, partnership.id, {
      title: "Tussenstand zomer 2026",
      date: new Date("2026-08-25T00:00:00.000Z"),
      status: "closed",
      count: 9,
      targets: middleTargets(wb),
      seed: 3,
      workbookLength: "full",
    });
    const current = await seedSession(db, wb, partnership.id, {
      title: "Reflectie najaar 2026",
      date: new Date("2026-11-17T00:00:00.000Z"),
      status: "open",
      count: PARTICIPANTS.length,
      targets: currentTargets(wb),
      seed: 1,
      splitActId: wb.acts[1]!.id,
      workbookLength: "full",
    });
    await seedPolarityMaps(db, wb, partnership.id);
    await seedAgreements(db, wb, [start.id, middle.id, current.id]);
    console.log(`Seed: demo partnership added (session ${current.id}, join code ${current.joinCode}).`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
