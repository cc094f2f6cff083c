import "server-only";
import { getWorkbook } from "@/lib/data/content";
import { AGREEMENT_FIELDS, listAgreements, type TAgreement } from "@/lib/data/agreements";
import { getSessionProfile } from "@/lib/data/results";
import { listEarlierSessions } from "@/lib/data/sessions";
import { db } from "@/lib/platform/db";
import { createToken, hashToken } from "@/lib/platform/tokens";
import { isOverdue, toAgreementStatus, type TAgreementFilter, type TAgreementStatus } from "@/lib/domain/agreements";
import type { TSessionProfile } from "@/lib/domain/scoring";
import { toWorkbookLength, type TWorkbookLength } from "@/lib/domain/workbook";

/**
 * What a partnership keeps between sessions: every agreement of every session with its
 * status, the calendar feed of revisit dates, the review of last time's agreements at
 * the start of a new session and the balance over time. Access rules are part of each
 * query: a member condition on the partnership, or the hashed feed token.
 */

const MEMBER_ROLES_ANY = ["coordinator", "partner"];

function memberOf(userId: string) {
  return { memberships: { some: { userId, role: { in: MEMBER_ROLES_ANY } } } };
}

const agreementSelect = { ...AGREEMENT_FIELDS, session: { select: { id: true, title: true, date: true } } } as const;

export interface TPartnershipAgreement {
  id: string;
  actId: string;
  position: number | null;
  action: string;
  owner: string | null;
  revisitOn: Date | null;
  status: TAgreementStatus;
  note: string | null;
  statusChangedAt: Date | null;
  createdAt: Date;
  overdue: boolean;
  session: { id: string; title: string; date: Date };
}

type TAgreementRow = {
  id: string;
  actId: string;
  position: number | null;
  action: string;
  owner: string | null;
  revisitOn: Date | null;
  status: string;
  note: string | null;
  statusChangedAt: Date | null;
  createdAt: Date;
  session: { id: string; title: string; date: Date };
};

function toPartnershipAgreement(row: TAgreementRow, now: Date): TPartnershipAgreement {
  const status = toAgreementStatus(row.status);
  return { ...row, status, overdue: isOverdue({ status, revisitOn: row.revisitOn }, now) };
}

/** Sessions first (oldest first), then the acts in the workbook's order, then as made. */
function sortAgreements(rows: TPartnershipAgreement[]): TPartnershipAgreement[] {
  const order = new Map(getWorkbook().acts.map((a, i) => [a.id, i]));
  const rank = (actId: string) => order.get(actId) ?? Number.MAX_SAFE_INTEGER;
  return [...rows].sort(
    (x, y) =>
      x.session.date.getTime() - y.session.date.getTime() ||
      x.session.id.localeCompare(y.session.id) ||
      rank(x.actId) - rank(y.actId) ||
      x.createdAt.getTime() - y.createdAt.getTime() ||
      x.id.localeCompare(y.id),
  );
}

/**
 * Every agreement of every session of the partnership, for a member (coordinator or
 * partner), filtered by act and status ("overdue": revisit date passed, not finished).
 * Null when the user is no member: the same answer as a partnership that does not exist.
 */
export async function listPartnershipAgreements(
  userId: string,
  partnershipId: string,
  filter: TAgreementFilter = {},
  now: Date = new Date(),
): Promise<TPartnershipAgreement[] | null> {
  const partnership = await db.partnership.findFirst({
    where: { id: partnershipId, ...memberOf(userId) },
    select: {
      sessions: {
        select: {
          agreements: {
            where: {
              ...(filter.act ? { actId: filter.act } : {}),
              ...(filter.status && filter.status !== "overdue" ? { status: filter.status } : {}),
            },
            select: agreementSelect,
          },
        },
      },
    },
  });
  if (!partnership) return null;
  const rows = partnership.sessions.flatMap((s) => s.agreements.map((a) => toPartnershipAgreement(a, now)));
  return sortAgreements(filter.status === "overdue" ? rows.filter((a) => a.overdue) : rows);
}

/** One agreement, for a member of its session's partnership; null otherwise. */
export async function findAgreementForMember(userId: string, agreementId: string, now: Date = new Date()) {
  const row = await db.agreement.findFirst({
    where: { id: agreementId, session: { partnership: memberOf(userId) } },
    select: { ...agreementSelect, session: { select: { id: true, title: true, date: true, partnership: { select: { id: true, name: true } } } } },
  });
  if (!row) return null;
  const { partnership, ...session } = row.session;
  return { agreement: toPartnershipAgreement({ ...row, session }, now), partnership };
}

/**
 * Makes a new secret feed token for the partnership and stores only its hash: the old
 * feed address stops working at once. The caller checks that the user is a coordinator.
 */
export async function renewFeedToken(partnershipId: string): Promise<string> {
  const token = createToken();
  await db.partnership.update({ where: { id: partnershipId }, data: { feedTokenHash: hashToken(token) } });
  return token;
}

/** Whether the partnership has a feed address (the token itself is never stored). */
export async function hasFeedToken(partnershipId: string): Promise<boolean> {
  const row = await db.partnership.findUnique({ where: { id: partnershipId }, select: { feedTokenHash: true } });
  return Boolean(row?.feedTokenHash);
}

/**
 * The partnership whose feed token this is, with every agreement that has a revisit
 * date; null for an unknown or renewed token.
 */
export async function findFeedByToken(token: string, now: Date = new Date()) {
  const row = await db.partnership.findUnique({
    where: { feedTokenHash: hashToken(token) },
    select: {
      id: true,
      name: true,
      sessions: { select: { agreements: { where: { revisitOn: { not: null } }, select: agreementSelect } } },
    },
  });
  if (!row) return null;
  const agreements = sortAgreements(row.sessions.flatMap((s) => s.agreements.map((a) => toPartnershipAgreement(a, now))));
  return { partnership: { id: row.id, name: row.name }, agreements };
}

/** A session of the partnership's history, with its balance profile. */
export interface TTrendSession {
  session: { id: string; title: string; date: Date; anonymityThreshold: number; workbookLength: TWorkbookLength };
  profile: TSessionProfile;
}

/**
 * Every session of the partnership, oldest first, each with its balance profile (through
 * lib/data/results.ts, so below a session's anonymity threshold no positions appear and a
 * purged session reads its stored profile), for a member; null for anyone else.
 */
export async function getPartnershipTrend(userId: string, partnershipId: string): Promise<TTrendSession[] | null> {
  const row = await db.partnership.findFirst({
    where: { id: partnershipId, ...memberOf(userId) },
    select: {
      sessions: {
        orderBy: [{ date: "asc" }, { createdAt: "asc" }],
        select: { id: true, title: true, date: true, anonymityThreshold: true, workbookLength: true },
      },
    },
  });
  if (!row) return null;
  return Promise.all(
    row.sessions.map(async (s) => ({
      session: { ...s, workbookLength: toWorkbookLength(s.workbookLength) },
      profile: await getSessionProfile(s.id, s.anonymityThreshold),
    })),
  );
}

/**
 * What the session before this one (same partnership) left behind: its agreements and
 * the early-warning signals on its polarity maps. Null for a first session. For pages
 * whose guard already read this session.
 */
export async function getPreviousAgreements(sessionId: string): Promise<{
  session: { id: string; title: string; date: Date };
  agreements: TAgreement[];
  warnings: { actId: string; quadrant: string; text: string }[];
} | null> {
  const [last] = await listEarlierSessions(sessionId);
  if (!last) return null;
  const [agreements, warnings] = await Promise.all([
    listAgreements(last.id),
    // The early-warning lines on last time's polarity maps (accepted ones only: a partner's
    // suggestion the facilitator did not take is not on the map).
    db.polarityEntry.findMany({
      where: { sessionId: last.id, status: "accepted", quadrant: { in: ["warningA", "warningB"] } },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { actId: true, quadrant: true, text: true },
    }),
  ]);
  return { session: { id: last.id, title: last.title, date: last.date }, agreements, warnings };
}
